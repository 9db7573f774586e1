// Close() on an outer whose inner throws another exception while closing: that exception unwinds the outer (its finally runs) and comes out of Close(); both end closed.
using Coroutines;

class Oops : PyException
{
    public Oops(string text) : base(text) { }
}

public static partial class Program
{
    [Coroutine]
    private static partial void Inner(Co<string> co)
    {
        try
        {
            co.Yield("inner");
        }
        finally
        {
            Py.Print("inner finally raises Oops");
            throw new Oops("while closing");
        }
    }

    [Coroutine]
    private static partial void Outer(Co<string> co, Generator<string> i)
    {
        try
        {
            co.YieldFrom(i);
        }
        finally
        {
            Py.Print("outer finally");
        }
    }

    public static void Main()
    {
        var i = Inner();
        var g = Outer(i);
        Py.Print(g.Next());
        try
        {
            g.Close();
        }
        catch (Oops e)
        {
            Py.Print("close raised", Py.Name(e), Py.Message(e));
        }
        Py.Print(g.State, i.State);
    }
}
