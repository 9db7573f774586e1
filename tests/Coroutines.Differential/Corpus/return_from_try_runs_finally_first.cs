// A return inside a try block runs the finally block before the generator ends; the StopIteration that follows
// carries the returned value.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial string Gen(Co<int> co)
    {
        try
        {
            co.Yield(1);
            Py.Print("returning");
            return "value";
        }
        finally
        {
            Py.Print("finally before the stop");
        }
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
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
