// A chain of 300 nested delegations: every value and every send passes through all the levels, and the return values add up on the way out.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Chain(Co<string, int> co, int depth)
    {
        if (depth == 0)
        {
            int got = co.Yield("bottom");
            return got;
        }
        int below = co.YieldFrom(Chain(depth - 1));
        if (depth % 100 == 0)
            Py.Print("level", depth, "got", below);
        return below + depth;
    }

    public static void Main()
    {
        var g = Chain(300);
        Py.Print(g.Next());
        try
        {
            g.Send(1000);
        }
        catch (StopIterationException e)
        {
            Py.Print("total", e.Value);
        }
    }
}
