// An exception the body raises before its first yield comes out of the first Next(), not out of the call; the
// generator is then closed and further Next() calls raise StopIteration.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int> co, int n)
    {
        Py.Print("checking", n);
        if (n < 0)
            throw new ValueError("negative");
        co.Yield(n);
    }

    public static void Main()
    {
        var g = Gen(-1);
        Py.Print("created", g.State);
        try
        {
            g.Next();
        }
        catch (ValueError e)
        {
            Py.Print("caught", Py.Name(e), Py.Message(e));
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
