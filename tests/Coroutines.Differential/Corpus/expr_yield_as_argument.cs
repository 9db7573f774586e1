// Yields as call arguments: arguments are evaluated left to right, each pause hands out a value, and the value sent becomes the argument.
using System;
using System.Linq;
using Coroutines;

public static partial class Program
{
    static int Trace(string label, int v)
    {
        Py.Print("eval", label);
        return v;
    }

    static int Show(params int[] args)
    {
        Py.Print(new object?[] { "show" }.Concat(args.Select(a => (object?)a)).ToArray());
        return args.Sum();
    }

    [Coroutine]
    private static partial void Gen(Co<string, int> co)
    {
        int r = Show(co.Yield("a"), Trace("ten", 10), co.Yield("b"));
        Py.Print("r", r);
        int r2 = Show(Math.Abs(co.Yield("c")), co.Yield("d") * 2);
        Py.Print("r2", r2);
        co.Yield($"{r + r2}");
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Send(1));
        Py.Print(g.Send(2));
        Py.Print(g.Send(-3));
        Py.Print(g.Send(4));
        g.Close();
    }
}
