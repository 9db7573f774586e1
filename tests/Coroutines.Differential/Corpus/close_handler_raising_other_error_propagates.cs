// A GeneratorExit handler that raises another exception: Close() raises that exception (it is not swallowed like
// GeneratorExit) and the generator is closed.
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
        catch (GeneratorExitException)
        {
            Py.Print("exit caught, failing");
            throw new KeyError("during close");
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
        try
        {
            g.Close();
            Py.Print("close returned");
        }
        catch (KeyError e)
        {
            Py.Print("caught", Py.Name(e));
        }
        Py.Print(g.State);
    }
}
