// YieldFrom of a plain sequence (Python: any iterable): its items pass through one by one, Next() and Send(null) advance it, and Close() while delegating to an iterator that has a finally disposes it (the finally runs), then raises GeneratorExitException in the outer.
using System.Collections.Generic;
using System.Linq;
using Coroutines;

public static partial class Program
{
    static IEnumerable<int?> Numbers()
    {
        try
        {
            yield return 7;
            yield return 8;
        }
        finally
        {
            Py.Print("numbers finally");
        }
    }

    [Coroutine]
    private static partial void Outer(Co<int?, int?> co)
    {
        co.YieldFrom(new List<int?> { 1, 2, 3 });
        Py.Print("list done");
        co.YieldFrom(Enumerable.Range(10, 3).Select(x => (int?)x));
        Py.Print("range done");
        co.YieldFrom(new[] { 4, 5 }.Select(x => (int?)(x * x)));
        Py.Print("squares done");
        try
        {
            co.YieldFrom(Numbers());
        }
        catch (GeneratorExitException)
        {
            Py.Print("outer sees GeneratorExit");
            throw;
        }
    }

    public static void Main()
    {
        var g = Outer();
        Py.Print(g.Next());
        Py.Print(g.Send(null));
        for (int k = 0; k < 6; k++)
            Py.Print(g.Next());
        Py.Print(g.Send(null));
        g.Close();
        Py.Print("closed");
    }
}
