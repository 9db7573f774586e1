// A chain of three delegations: sends reach the innermost generator, its return value travels up one level at a time, and each level adds to it before the outermost returns.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Bottom(Co<string, int> co)
    {
        int a = co.Yield("bottom wants a");
        int b = co.Yield("bottom wants b");
        return a + b;
    }

    [Coroutine]
    private static partial int Middle(Co<string, int> co)
    {
        int s = co.YieldFrom(Bottom());
        Py.Print("middle got", s);
        int c = co.Yield("middle wants c");
        return s * c;
    }

    [Coroutine]
    private static partial int Top(Co<string, int> co)
    {
        int t = co.YieldFrom(Middle());
        Py.Print("top got", t);
        return t + 1;
    }

    public static void Main()
    {
        var g = Top();
        Py.Print(g.Next());
        Py.Print(g.Send(2));
        Py.Print(g.Send(3));
        try
        {
            g.Send(10);
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
