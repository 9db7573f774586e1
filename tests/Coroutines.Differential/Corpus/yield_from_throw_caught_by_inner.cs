// Throw() on the outer raises at the inner's paused Yield: an inner that handles it and yields gives that value as the result of Throw(); one that handles it and returns ends the YieldFrom with its return value.
using Coroutines;

class Skip : PyException { }

class Finish : PyException { }

public static partial class Program
{
    [Coroutine]
    private static partial int Inner(Co<int> co)
    {
        int n = 0;
        while (true)
        {
            try
            {
                co.Yield(n);
                n += 1;
            }
            catch (Skip)
            {
                Py.Print("inner skips");
                n += 10;
            }
            catch (Finish)
            {
                Py.Print("inner finishing");
                return n;
            }
        }
    }

    [Coroutine]
    private static partial void Outer(Co<int> co)
    {
        int r = co.YieldFrom(Inner());
        Py.Print("outer got", r);
        co.Yield(r * 100);
    }

    public static void Main()
    {
        var g = Outer();
        Py.Print(g.Next());
        Py.Print(g.Next());
        Py.Print(g.Throw(new Skip()));
        Py.Print(g.Next());
        Py.Print(g.Throw(new Finish()));
        g.Close();
    }
}
