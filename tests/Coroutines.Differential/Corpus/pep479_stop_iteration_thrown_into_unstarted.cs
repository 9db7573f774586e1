// A StopIteration thrown into a generator that has not started: the body does not run, the generator is closed, and
// PEP 479 still applies, so Throw() raises RuntimeError with the StopIteration as its cause.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int> co)
    {
        Py.Print("body runs");
        co.Yield(1);
    }

    public static void Main()
    {
        var g = Gen();
        try
        {
            g.Throw(new StopIterationException(3));
        }
        catch (StopIterationException)
        {
            Py.Print("quiet stop");
        }
        catch (InvalidOperationException e)
        {
            Py.Print("caught", Py.Name(e), Py.Message(e), Py.Name(e.InnerException!));
        }
        Py.Print(g.State);
    }
}
