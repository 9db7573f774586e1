// Throwing GeneratorExit in with Throw() is not Close(): the finally blocks run the same way, but an uncaught
// GeneratorExit comes out of Throw() instead of being swallowed; the generator is closed.
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
            Py.Print("finally");
        }
    }

    public static void Main()
    {
        var g = Gen();
        g.Next();
        try
        {
            g.Throw(new GeneratorExitException());
            Py.Print("swallowed");
        }
        catch (GeneratorExitException e)
        {
            Py.Print("caught", Py.Name(e));
        }
        Py.Print(g.State);
    }
}
