// A Send() that makes the body finish raises StopIteration with the return value; sending to the closed generator
// afterwards raises StopIteration again and runs nothing.
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial List<string?> Collector(Co<int, string?> co, int limit)
    {
        var items = new List<string?>();
        while (items.Count < limit)
        {
            string? item = co.Yield(items.Count);
            Py.Print("collected", item);
            items.Add(item);
        }
        return items;
    }

    public static void Main()
    {
        var g = Collector(2);
        Py.Print(g.Next());
        Py.Print(g.Send("x"));
        try
        {
            g.Send("y");
        }
        catch (StopIterationException e)
        {
            Py.Print("returned", e.Value, g.State);
        }
        try
        {
            g.Send("z");
        }
        catch (StopIterationException)
        {
            Py.Print("stop again", g.State);
        }
    }
}
