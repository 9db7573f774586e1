// A yield in a loop condition: every test of the condition pauses, and the value sent decides whether the loop goes on.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Gen(Co<string, int> co)
    {
        int n = 0;
        while (co.Yield($"again? {n}") != 0)
        {
            n += 1;
            Py.Print("body", n);
        }
        Py.Print("left first loop", n);
        while (n < co.Yield($"limit for {n}?"))
            n += 2;
        Py.Print("left second loop", n);
        return n;
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Send(1));
        Py.Print(g.Send(1));
        Py.Print(g.Send(0));
        Py.Print(g.Send(5));
        Py.Print(g.Send(5));
        try
        {
            g.Send(5);
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
