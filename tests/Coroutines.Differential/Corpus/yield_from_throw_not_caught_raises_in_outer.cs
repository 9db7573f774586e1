// An exception thrown into the outer that the inner does not handle ends the inner (its finally runs first) and is raised in the outer at the YieldFrom, the same object; uncaught there too, it reaches the caller.
using Coroutines;

class Boom : PyException { }

public static partial class Program
{
    static Boom? sent;

    [Coroutine]
    private static partial void Inner(Co<string> co, string name)
    {
        try
        {
            co.Yield($"{name} 1");
            co.Yield($"{name} 2");
        }
        finally
        {
            Py.Print(name, "finally");
        }
    }

    [Coroutine]
    private static partial void Outer(Co<string> co, Generator<string> first, Generator<string> second)
    {
        try
        {
            co.YieldFrom(first);
        }
        catch (Boom e)
        {
            Py.Print("outer caught", Py.Name(e), ReferenceEquals(e, sent));
            co.Yield("recovered");
        }
        co.YieldFrom(second);
        Py.Print("not reached");
    }

    public static void Main()
    {
        var first = Inner("first");
        var second = Inner("second");
        var g = Outer(first, second);
        Py.Print(g.Next());
        sent = new Boom();
        Py.Print(g.Throw(sent));
        Py.Print(first.State);
        Py.Print(g.Next());
        try
        {
            g.Throw(new Boom());
        }
        catch (Boom e)
        {
            Py.Print("caller caught", Py.Name(e));
        }
        Py.Print(second.State, g.State);
    }
}
