// Close() on a suspended generator raises GeneratorExit at the paused yield: the finally block runs, nothing after the
// yield does, Close() returns normally and the generator is closed.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int> co)
    {
        try
        {
            Py.Print("opened");
            co.Yield(1);
            Py.Print("not reached");
            co.Yield(2);
        }
        finally
        {
            Py.Print("cleanup");
        }
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print("closing");
        g.Close();
        Py.Print("closed", g.State);
        try
        {
            g.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("stop");
        }
    }
}
