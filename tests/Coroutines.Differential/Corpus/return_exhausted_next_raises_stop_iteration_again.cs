// Once a generator is exhausted, every further Next() raises StopIteration again at once, running nothing of the body;
// a generator without a return value gives None each time.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<string> co)
    {
        Py.Print("body runs");
        co.Yield("only");
        Py.Print("body ends");
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        for (int attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                g.Next();
            }
            catch (StopIterationException e)
            {
                Py.Print("attempt", attempt, "StopIteration", e.Value, g.State);
            }
        }
    }
}
