// Closing a suspended generator that has no handler or finally block just ends it: nothing runs, nothing is raised,
// and sending to it afterwards raises StopIteration.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int, string?> co)
    {
        string? x = co.Yield(1);
        Py.Print("resumed", x);
        co.Yield(2);
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        g.Close();
        Py.Print(g.State);
        try
        {
            g.Send("late");
        }
        catch (StopIterationException)
        {
            Py.Print("stop");
        }
    }
}
