// When the body catches the thrown exception and then returns, Throw() raises StopIteration carrying the return
// value, and the generator is closed.
using Coroutines;

class Cancel : PyException { }

public static partial class Program
{
    [Coroutine]
    private static partial string Worker(Co<int> co)
    {
        int done = 0;
        try
        {
            while (true)
            {
                co.Yield(done);
                done += 1;
            }
        }
        catch (Cancel)
        {
            Py.Print("cancelled after", done);
            return "partial " + done;
        }
    }

    public static void Main()
    {
        var g = Worker();
        g.Next();
        g.Next();
        g.Next();
        try
        {
            g.Throw(new Cancel());
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value, g.State);
        }
    }
}
