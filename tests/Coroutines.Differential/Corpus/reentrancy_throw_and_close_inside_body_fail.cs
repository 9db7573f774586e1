// Throw() and Close() on a generator from inside its own running body are refused with ValueError("generator already
// executing") too; they change nothing, and the body carries on to its next yield.
using System;
using Coroutines;

public static partial class Program
{
    static Generator<string>? g;

    [Coroutine]
    static partial void Gen(Co<string> co)
    {
        try
        {
            g!.Throw(new KeyError("k"));
        }
        catch (InvalidOperationException e)
        {
            Py.Print("throw:", Py.Name(e), Py.Message(e));
        }
        try
        {
            g!.Close();
        }
        catch (InvalidOperationException e)
        {
            Py.Print("close:", Py.Name(e), Py.Message(e));
        }
        Py.Print("still", g!.State);
        co.Yield("alive");
        co.Yield("still alive");
    }

    public static void Main()
    {
        g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Next());
    }
}
