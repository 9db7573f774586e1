// A finally block that yields while the generator is being closed makes Close() raise RuntimeError; the GeneratorExit
// stays pending in that finally block, so when Next() lets the block finish, GeneratorExit comes out of Next().
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<object> co)
    {
        try
        {
            co.Yield(1);
        }
        finally
        {
            Py.Print("finally starts");
            co.Yield("from finally");
            Py.Print("finally ends");
        }
        Py.Print("after the try");
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        try
        {
            g.Close();
        }
        catch (InvalidOperationException e)
        {
            Py.Print("close:", Py.Name(e), Py.Message(e));
        }
        Py.Print(g.State);
        try
        {
            Py.Print("next gave", g.Next());
        }
        catch (GeneratorExitException e)
        {
            Py.Print("next:", Py.Name(e));
        }
        catch (StopIterationException)
        {
            Py.Print("next: StopIteration");
        }
        Py.Print(g.State);
    }
}
