// Yields inside while and for loops: continue after a pause skips the rest of the turn, break after a pause leaves the loop.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string, string?> co)
    {
        int i = 0;
        while (true)
        {
            i += 1;
            if (i % 2 == 0)
            {
                co.Yield($"even {i}");
                continue;
            }
            if (i > 5)
            {
                co.Yield($"leaving at {i}");
                break;
            }
            co.Yield($"odd {i}");
        }
        Py.Print("after while", i);
        int j;
        for (j = 0; j < 10; j++)
        {
            string? got = co.Yield($"for {j}");
            if (got == "skip")
                continue;
            if (got == "stop")
                break;
            Py.Print("for body", j, got);
        }
        Py.Print("after for", j);
    }

    public static void Main()
    {
        var g = Gen();
        for (int k = 0; k < 8; k++)
            Py.Print(g.Next());
        Py.Print(g.Send("go"));
        Py.Print(g.Send("skip"));
        Py.Print(g.Send("go"));
        try
        {
            g.Send("stop");
        }
        catch (StopIterationException)
        {
            Py.Print("stop");
        }
    }
}
