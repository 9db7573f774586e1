// Throw() into a generator that has not started raises the exception at once, without running any of the body (its
// finally block included), and leaves the generator closed.
using Coroutines;

class Boom : PyException { }

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int> co)
    {
        Py.Print("body runs");
        try
        {
            co.Yield(1);
        }
        finally
        {
            Py.Print("finally");
        }
    }

    public static void Main()
    {
        var g = Gen();
        var err = new Boom();
        try
        {
            g.Throw(err);
        }
        catch (Boom e)
        {
            Py.Print("caught", Py.Name(e), ReferenceEquals(e, err));
        }
        Py.Print(g.State);
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
