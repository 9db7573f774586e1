// Yields in an index and in a call's receiver and argument: the collection is read before the pause, the index sent is used after it, and a method is called on a value that was sent.
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Gen(Co<string, object> co, List<int> items, Dictionary<string, int> table)
    {
        int a = items[(int)co.Yield("index?")];
        Py.Print("a", a);
        int b = table[(string)co.Yield("key?")] + items[(int)co.Yield("another index?")];
        Py.Print("b", b);
        string c = ((string)co.Yield("text?")).ToUpperInvariant().Replace("O", (string)co.Yield("replacement?"));
        Py.Print("c", c);
        return ((string)co.Yield("last?")).Length;
    }

    public static void Main()
    {
        var g = Gen(new List<int> { 10, 20, 30 }, new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 });
        Py.Print(g.Next());
        Py.Print(g.Send(2));
        Py.Print(g.Send("y"));
        Py.Print(g.Send(0));
        Py.Print(g.Send("foo"));
        Py.Print(g.Send("0"));
        try
        {
            g.Send("four");
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
