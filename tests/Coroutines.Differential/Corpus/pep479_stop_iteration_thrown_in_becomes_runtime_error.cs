// PEP 479 also covers a StopIteration thrown in with Throw() at the paused yield: if the body lets it escape, Throw()
// raises RuntimeError, not StopIteration.
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
        }
        finally
        {
            Py.Print("finally");
        }
    }

    public static void Main()
    {
        var g = Gen();
        g.Next();
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
            Py.Print("caught", Py.Name(e), Py.Message(e));
        }
        Py.Print(g.State);
    }
}
