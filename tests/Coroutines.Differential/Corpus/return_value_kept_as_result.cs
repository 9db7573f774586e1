// Driving a generator to its end and keeping its return value: the value StopIteration carries is the one the body
// returned, computed from everything it yielded before (in C#, the loop uses TryNext and reads Result).
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Squares(Co<int> co, int n)
    {
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            total += i * i;
            co.Yield(i * i);
        }
        return total;
    }

    public static void Main()
    {
        var g = Squares(4);
        var seen = new List<int>();
        while (g.TryNext(out int value))
            seen.Add(value);
        Py.Print("yielded", seen);
        Py.Print("returned", g.Result);
    }
}
