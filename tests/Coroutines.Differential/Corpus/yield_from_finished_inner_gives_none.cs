// YieldFrom of an inner that has already finished yields nothing and evaluates to default (null; Python: None), even if the inner had returned a value; the same for an inner closed before it started.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial string? Inner(Co<int> co)
    {
        co.Yield(1);
        return "result";
    }

    [Coroutine]
    private static partial void Outer(Co<int> co, Generator<int, Unit, string?> g)
    {
        string? r = co.YieldFrom(g);
        Py.Print("outer got", r);
        co.Yield(99);
    }

    public static void Main()
    {
        var i = Inner();
        Py.Print(i.Next());
        try
        {
            i.Next();
        }
        catch (StopIterationException e)
        {
            Py.Print("inner returned", e.Value);
        }
        Py.Print(Outer(i).Next());

        var j = Inner();
        j.Close();
        Py.Print(Outer(j).Next());
    }
}
