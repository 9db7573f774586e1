// GeneratorExit is not an Exception: a handler for Exception around the yield does not see the close, while a handler
// for an ordinary error thrown in does.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<string> co)
    {
        while (true)
        {
            try
            {
                co.Yield("working");
            }
            catch (Exception e) when (e is not GeneratorExitException)
            {
                Py.Print("handled", Py.Name(e));
            }
            finally
            {
                Py.Print("finally");
            }
        }
    }

    public static void Main()
    {
        var g = Gen();
        g.Next();
        Py.Print(g.Throw(new KeyError("k")));
        g.Close();
        Py.Print("closed");
    }
}
