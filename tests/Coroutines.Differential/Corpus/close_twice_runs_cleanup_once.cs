// Closing an already closed generator is a no-op: the cleanup ran on the first Close() and does not run again.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int> co)
    {
        try
        {
            co.Yield(1);
        }
        finally
        {
            Py.Print("cleanup");
        }
    }

    public static void Main()
    {
        var g = Gen();
        g.Next();
        g.Close();
        Py.Print("first close", g.State);
        g.Close();
        Py.Print("second close", g.State);
    }
}
