// Close() on an outer whose inner catches GeneratorExitException and yields: the inner's close fails with "generator ignored GeneratorExit" (Python: RuntimeError), raised in the outer at the YieldFrom; an outer that catches it and returns ends Close() quietly, and the inner stays suspended.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Stubborn(Co<string> co)
    {
        try
        {
            co.Yield("stubborn");
        }
        catch (GeneratorExitException)
        {
            Py.Print("stubborn ignores GeneratorExit");
        }
        co.Yield("still here");
    }

    [Coroutine]
    private static partial void Outer(Co<string> co, Generator<string> i)
    {
        try
        {
            co.YieldFrom(i);
        }
        catch (InvalidOperationException e)
        {
            Py.Print("outer caught", Py.Name(e));
        }
        Py.Print("outer returns");
    }

    public static void Main()
    {
        var i = Stubborn();
        var g = Outer(i);
        Py.Print(g.Next());
        g.Close();
        Py.Print("close returned", g.State, i.State);
        try
        {
            i.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("stubborn finished");
        }
    }
}
