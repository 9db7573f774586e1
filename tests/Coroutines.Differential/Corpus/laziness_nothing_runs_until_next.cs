// Calling a generator function runs none of its body; each Next() runs to the following yield.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int> co, int n)
    {
        Py.Print("start", n);
        for (int i = 0; i < n; i++)
        {
            Py.Print("before", i);
            co.Yield(i);
            Py.Print("after", i);
        }
        Py.Print("end");
    }

    public static void Main()
    {
        var g = Gen(2);
        Py.Print("created");
        Py.Print("got", g.Next());
        Py.Print("got", g.Next());
        try
        {
            g.Next();
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
