// A yield under C#'s null-forgiving operator (co.Yield(...)!): the operator changes nothing at run time, so the sent value is used as is (Python has no such operator; the twin uses the yield directly).
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string, object?> co, List<int> items)
    {
        string text = (string)co.Yield("text?")!;
        Py.Print("text", text.ToUpperInvariant());
        int a = items[(int)co.Yield("index?")!];
        Py.Print("a", a);
        int n = ((string)co.Yield("last?")!).Length;
        Py.Print("n", n);
    }

    public static void Main()
    {
        var g = Gen(new List<int> { 10, 20, 30 });
        Py.Print(g.Next());
        Py.Print(g.Send("abc"));
        Py.Print(g.Send(2));
        try
        {
            g.Send("four");
        }
        catch (StopIterationException)
        {
            Py.Print("stop");
        }
    }
}
