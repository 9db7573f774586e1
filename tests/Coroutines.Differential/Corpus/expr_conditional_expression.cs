// A conditional expression (?:) around yields: only the chosen branch pauses, and a yield in the condition picks the branch after its resume.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string, int> co)
    {
        foreach (bool flag in new[] { true, false })
        {
            int v = flag ? co.Yield($"then {Py.Str(flag)}") : co.Yield($"else {Py.Str(flag)}");
            Py.Print("got", v);
        }
        string w = co.Yield("size?") > 10 ? "big" : "small";
        Py.Print(w);
        int u = co.Yield("which?") != 0 ? co.Yield("x?") : -1;
        Py.Print("u", u);
        u = co.Yield("which?") != 0 ? co.Yield("x?") : -1;
        Py.Print("u", u);
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Send(1));
        Py.Print(g.Send(2));
        Py.Print(g.Send(50));
        Py.Print(g.Send(0));
        Py.Print(g.Send(1));
        try
        {
            g.Send(9);
        }
        catch (StopIterationException)
        {
            Py.Print("stop");
        }
    }
}
