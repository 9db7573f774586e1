// Throw() into a generator that has finished raises the very exception passed in (not StopIteration) and runs
// nothing; the generator stays closed.
using Coroutines;

class Late : PyException
{
    public Late(string text) : base(text) { }
}

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
            g.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("finished", g.State);
        }
        var err = new Late("too late");
        try
        {
            g.Throw(err);
        }
        catch (StopIterationException)
        {
            Py.Print("StopIteration");
        }
        catch (Late e)
        {
            Py.Print("caught", Py.Name(e), Py.Message(e), ReferenceEquals(e, err));
        }
        Py.Print(g.State);
    }
}
