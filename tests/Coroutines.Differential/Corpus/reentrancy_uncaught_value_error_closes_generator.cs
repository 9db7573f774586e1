// A reentrant Send() that the body does not catch: the ValueError leaves the body like any exception, running its
// finally block, and the generator ends up closed.
using System;
using Coroutines;

public static partial class Program
{
    static Generator<int, string?, Unit>? g;

    [Coroutine]
    static partial void Gen(Co<int, string?> co)
    {
        try
        {
            string? x = co.Yield(1);
            Py.Print("received", x);
            g!.Send(null);
            Py.Print("not reached");
            co.Yield(2);
        }
        finally
        {
            Py.Print("finally", g!.State);
        }
    }

    public static void Main()
    {
        g = Gen();
        g.Next();
        try
        {
            g.Send("hello");
        }
        catch (InvalidOperationException e)
        {
            Py.Print("caught", Py.Name(e), Py.Message(e));
        }
        Py.Print(g.State);
    }
}
