// An exception raised by a finally block while the generator is being closed replaces GeneratorExit and comes out of
// Close(); the generator is closed all the same.
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
            Py.Print("cleanup fails");
            throw new ValueError("cleanup failed");
        }
    }

    public static void Main()
    {
        var g = Gen();
        g.Next();
        try
        {
            g.Close();
        }
        catch (ValueError e)
        {
            Py.Print("caught", Py.Name(e), Py.Message(e));
        }
        Py.Print(g.State);
    }
}
