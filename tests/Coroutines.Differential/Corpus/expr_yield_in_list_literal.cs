// Yields inside list literals (C#: collection initializers, array initializers, collection expressions): the elements are built left to right around each pause.
using System.Collections.Generic;
using System.Linq;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial List<int> Gen(Co<string, int> co)
    {
        var xs = new List<int> { 1, co.Yield("first"), 3, co.Yield("second") };
        Py.Print(xs);
        List<List<int>> nested = [[co.Yield("inner")], [xs.Count, co.Yield("last")]];
        Py.Print(nested);
        int[] ys = new[] { 10, co.Yield("array") };
        Py.Print(ys);
        return xs.Concat(ys).ToList();
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Send(2));
        Py.Print(g.Send(4));
        Py.Print(g.Send(5));
        Py.Print(g.Send(6));
        try
        {
            g.Send(20);
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
