// Send() on the outer generator reaches the inner's paused Yield, and what the inner yields comes back out of the outer's Send(); Next() sends default (null for int?).
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Accumulate(Co<int, int?> co)
    {
        int total = 0;
        while (true)
        {
            int? v = co.Yield(total);
            if (v == null)
                return total;
            total += v.Value;
        }
    }

    [Coroutine]
    private static partial List<int> Outer(Co<int, int?> co)
    {
        var results = new List<int>();
        while (results.Count < 2)
        {
            int r = co.YieldFrom(Accumulate());
            Py.Print("sub total", r);
            results.Add(r);
        }
        return results;
    }

    public static void Main()
    {
        var g = Outer();
        Py.Print(g.Next());
        Py.Print(g.Send(1));
        Py.Print(g.Send(2));
        Py.Print(g.Next());
        Py.Print(g.Send(5));
        try
        {
            g.Next();
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
