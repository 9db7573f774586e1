// A generator is GEN_CREATED until the first Next(), GEN_SUSPENDED while paused at a yield, and GEN_CLOSED once the
// body has run to its end.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<string> co)
    {
        co.Yield("a");
        co.Yield("b");
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.State);
        Py.Print(g.Next(), g.State);
        Py.Print(g.Next(), g.State);
        try
        {
            g.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("stop", g.State);
        }
    }
}
