// A StopIteration that the body catches itself is an ordinary exception: the body can turn the inner generator's end
// into its own return, which the caller sees as a normal StopIteration with the value.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial string Inner(Co<int> co)
    {
        co.Yield(1);
        co.Yield(2);
        return "inner done";
    }

    [Coroutine]
    private static partial int Outer(Co<int> co)
    {
        var it = Inner();
        int total = 0;
        while (true)
        {
            int value;
            try
            {
                value = it.Next();
            }
            catch (StopIterationException e)
            {
                Py.Print("inner returned", e.Value);
                return total;
            }
            total += value;
            co.Yield(total);
        }
    }

    public static void Main()
    {
        var g = Outer();
        Py.Print(g.Next());
        Py.Print(g.Next());
        try
        {
            g.Next();
        }
        catch (StopIterationException e)
        {
            Py.Print("outer returned", e.Value);
        }
        catch (InvalidOperationException)
        {
            Py.Print("RuntimeError");
        }
    }
}
