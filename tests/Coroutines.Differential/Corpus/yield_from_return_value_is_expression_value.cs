// The inner generator's return value becomes the value of the YieldFrom expression, also when the inner returns without yielding; a void inner gives Unit (Python: None).
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial string Inner(Co<int> co, int n)
    {
        for (int i = 0; i < n; i++)
            co.Yield(i);
        return $"inner({n}) done";
    }

    [Coroutine]
    private static partial void Silent(Co<int> co)
    {
        co.Yield(100);
    }

    [Coroutine]
    private static partial List<string> Outer(Co<int> co)
    {
        string a = co.YieldFrom(Inner(2));
        Py.Print("a =", a);
        string b = co.YieldFrom(Inner(0));
        Py.Print("b =", b);
        string c = co.YieldFrom(Inner(1)) + "!";
        Py.Print("c =", c);
        var d = co.YieldFrom(Silent());
        Py.Print("d =", d);
        return new List<string> { a, b, c };
    }

    public static void Main()
    {
        var g = Outer();
        while (true)
        {
            try
            {
                Py.Print("yielded", g.Next());
            }
            catch (StopIterationException e)
            {
                Py.Print("stop", e.Value);
                break;
            }
        }
    }
}
