// YieldFrom hands the inner generator's values straight to the caller and evaluates to the inner generator's return
// value, which the outer generator can use and return in turn.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial string Inner(Co<string> co, string name)
    {
        co.Yield(name + "1");
        co.Yield(name + "2");
        return name.ToUpperInvariant();
    }

    [Coroutine]
    private static partial string Outer(Co<string> co)
    {
        string first = co.YieldFrom(Inner("a"));
        Py.Print("inner returned", first);
        string second = co.YieldFrom(Inner("b"));
        Py.Print("inner returned", second);
        return first + second;
    }

    public static void Main()
    {
        var g = Outer();
        try
        {
            while (true)
                Py.Print("got", g.Next());
        }
        catch (StopIterationException e)
        {
            Py.Print("outer returned", e.Value);
        }
    }
}
