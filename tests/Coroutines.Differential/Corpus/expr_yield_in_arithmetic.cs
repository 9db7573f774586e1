// Yields as operands of arithmetic and comparisons: operands left of the pause are computed before it, operands right of it after the resume.
using Coroutines;

public static partial class Program
{
    static int Trace(string label, int v)
    {
        Py.Print("eval", label);
        return v;
    }

    [Coroutine]
    private static partial int Gen(Co<string, int> co)
    {
        int x = Trace("a", 1) + co.Yield("p") * Trace("b", 10);
        Py.Print("x", x);
        int y = co.Yield("q") - co.Yield("r");
        Py.Print("y", y);
        x += co.Yield("s");
        Py.Print("x", x);
        int z = co.Yield("t") / 3 % 4;
        Py.Print("z", z);
        bool ok = Trace("c", 5) < co.Yield("u");
        Py.Print("ok", ok);
        return x + y + z;
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Send(7));
        Py.Print(g.Send(50));
        Py.Print(g.Send(8));
        Py.Print(g.Send(100));
        Py.Print(g.Send(40));
        try
        {
            g.Send(6);
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
