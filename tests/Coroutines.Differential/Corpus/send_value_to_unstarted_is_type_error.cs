// Sending a value other than None to a generator that has not started raises TypeError, runs none of the body and
// leaves the generator unstarted: Next() still starts it afterwards.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int, int?> co)
    {
        Py.Print("body runs");
        int? x = co.Yield(1);
        Py.Print("received", x);
        co.Yield(2);
    }

    public static void Main()
    {
        var g = Gen();
        try
        {
            g.Send(5);
        }
        catch (Exception e)
        {
            Py.Print("caught", Py.Name(e));
        }
        Py.Print(g.State);
        Py.Print(g.Next());
        Py.Print(g.Send(5));
    }
}
