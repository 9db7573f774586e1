// A return value travels up a delegation chain and ends as the StopIterationException value of the outermost generator; a StopIterationException thrown inside an inner generator becomes "generator raised StopIteration" (Python: RuntimeError, PEP 479), raised in the outer at the YieldFrom.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int ReturnsAtOnce(Co<string> co)
    {
        return 5;
    }

    [Coroutine]
    private static partial void Leaks(Co<string> co)
    {
        co.Yield("leaks 1");
        throw new StopIterationException("leak");
    }

    [Coroutine]
    private static partial int Middle(Co<string> co)
    {
        int v = co.YieldFrom(ReturnsAtOnce());
        Py.Print("v", v);
        try
        {
            co.YieldFrom(Leaks());
        }
        catch (InvalidOperationException e) when (e is not StopIterationException)
        {
            Py.Print("middle caught", Py.Name(e), "from", Py.Name(e.InnerException!));
        }
        return v * 2;
    }

    [Coroutine]
    private static partial int Top(Co<string> co)
    {
        int r = co.YieldFrom(Middle());
        Py.Print("top got", r);
        return r + 1;
    }

    public static void Main()
    {
        var g = Top();
        Py.Print(g.Next());
        try
        {
            g.Next();
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
