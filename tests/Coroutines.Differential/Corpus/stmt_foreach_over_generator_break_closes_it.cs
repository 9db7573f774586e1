// A foreach over a generator, inside a generator: breaking out of the loop releases the inner generator, whose finally runs at once (C#'s foreach disposes it; CPython drops the last reference).
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Numbers(Co<int> co)
    {
        try
        {
            for (int i = 0; i < 100; i++)
            {
                Py.Print("numbers gives", i);
                co.Yield(i);
            }
        }
        finally
        {
            Py.Print("numbers finally");
        }
    }

    [Coroutine]
    private static partial void Firsts(Co<int> co)
    {
        foreach (int n in Numbers())
        {
            if (n == 2)
            {
                Py.Print("breaking");
                break;
            }
            co.Yield(n * 10);
        }
        Py.Print("after loop");
        co.Yield(-1);
    }

    public static void Main()
    {
        foreach (var v in Firsts())
            Py.Print(v);
    }
}
