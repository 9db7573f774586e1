// PEP 479: a StopIteration raised inside the body does not end the generator quietly; it comes out of Next() as
// RuntimeError("generator raised StopIteration") with the StopIteration as its cause, after the finally blocks ran.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int> co)
    {
        try
        {
            co.Yield(1);
            Py.Print("raising StopIteration");
            throw new StopIterationException(7);
        }
        finally
        {
            Py.Print("finally");
        }
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        try
        {
            g.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("quiet stop");
        }
        catch (InvalidOperationException e)
        {
            Py.Print("caught", Py.Name(e), Py.Message(e));
            var cause = (StopIterationException)e.InnerException!;
            Py.Print("cause", Py.Name(cause), cause.Value);
        }
        Py.Print(g.State);
        try
        {
            g.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("stop");
        }
    }
}
