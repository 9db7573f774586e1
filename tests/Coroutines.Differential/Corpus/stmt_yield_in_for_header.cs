// Yields in the header of a loop (a for loop's condition and step, and a do-while condition; Python: the same loops written with while): each test and each step pauses.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string, int> co)
    {
        int i;
        for (i = 0; i < co.Yield($"limit at {i}?"); i += co.Yield($"step after {i}?"))
            Py.Print("body", i);
        Py.Print("left for at", i);
        int n = 0;
        do
        {
            n += 1;
            Py.Print("do body", n);
        }
        while (co.Yield($"repeat after {n}?") != 0);
        Py.Print("left do at", n);
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        foreach (int value in new[] { 3, 2, 3, 5, 0, 1, 1, 0 })
        {
            try
            {
                Py.Print(g.Send(value));
            }
            catch (StopIterationException)
            {
                Py.Print("stop");
                break;
            }
        }
    }
}
