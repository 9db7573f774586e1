// A pull pipeline of coroutines (produce -> keep odd -> square) feeding a consumer coroutine by Send(): values are produced one at a time, only as the consumer asks, and sending null ends the consumer with its total as the StopIterationException value.
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Produce(Co<int> co, int n)
    {
        for (int i = 0; i < n; i++)
        {
            Py.Print("produce", i);
            co.Yield(i);
        }
        Py.Print("producer exhausted");
    }

    [Coroutine]
    private static partial void OnlyOdd(Co<int> co, IEnumerable<int> source)
    {
        foreach (int x in source)
        {
            if (x % 2 != 0)
                co.Yield(x);
            else
                Py.Print("drop", x);
        }
    }

    [Coroutine]
    private static partial void Squares(Co<int> co, IEnumerable<int> source)
    {
        foreach (int x in source)
        {
            Py.Print("square", x);
            co.Yield(x * x);
        }
    }

    [Coroutine]
    private static partial int Consumer(Co<string, int?> co)
    {
        int total = 0;
        int count = 0;
        while (true)
        {
            int? x = co.Yield($"count={count} total={total}");
            if (x == null)
            {
                Py.Print("consumer finishing");
                return total;
            }
            total += x.Value;
            count += 1;
        }
    }

    public static void Main()
    {
        var c = Consumer();
        Py.Print(c.Next());
        foreach (int v in Squares(OnlyOdd(Produce(6))))
            Py.Print(c.Send(v));
        try
        {
            c.Send(null);
        }
        catch (StopIterationException e)
        {
            Py.Print("total", e.Value);
        }
    }
}
