// PEP 479: calling Next() on an exhausted generator inside the body raises StopIteration there, which leaves the
// outer generator as RuntimeError rather than ending it.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Inner(Co<string> co)
    {
        co.Yield("a");
        co.Yield("b");
    }

    [Coroutine]
    static partial void Outer(Co<string> co)
    {
        var it = Inner();
        while (true)
        {
            string value = it.Next();
            Py.Print("forwarding", value);
            co.Yield(value.ToUpperInvariant());
        }
    }

    public static void Main()
    {
        var g = Outer();
        Py.Print(g.Next());
        Py.Print(g.Next());
        try
        {
            g.Next();
        }
        catch (InvalidOperationException e)
        {
            Py.Print("caught", Py.Name(e), Py.Message(e), Py.Name(e.InnerException!));
        }
    }
}
