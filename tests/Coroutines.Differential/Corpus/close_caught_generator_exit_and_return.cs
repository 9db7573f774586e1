// A body may catch GeneratorExit and return (here with a value): Close() then completes without an error, the
// handler and the finally block run, and the generator is closed.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Gen(Co<int> co)
    {
        int count = 0;
        try
        {
            while (true)
            {
                co.Yield(count);
                count += 1;
            }
        }
        catch (GeneratorExitException)
        {
            Py.Print("exit caught at", count);
            return count;
        }
        finally
        {
            Py.Print("finally");
        }
    }

    public static void Main()
    {
        var g = Gen();
        g.Next();
        g.Next();
        g.Close();
        Py.Print("after close", g.State);
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
