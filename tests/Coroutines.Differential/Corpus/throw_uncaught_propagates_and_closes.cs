// An exception thrown in that the body does not catch runs the finally blocks on its way out, comes out of Throw()
// itself, and leaves the generator closed.
using Coroutines;

class Boom : PyException
{
    public Boom(string text) : base(text) { }
}

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int> co)
    {
        try
        {
            co.Yield(1);
            Py.Print("not reached");
            co.Yield(2);
        }
        catch (KeyError)
        {
            Py.Print("wrong handler");
        }
        finally
        {
            Py.Print("finally");
        }
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        var err = new Boom("bang");
        try
        {
            g.Throw(err);
        }
        catch (Boom e)
        {
            Py.Print("caught", Py.Name(e), Py.Message(e), ReferenceEquals(e, err));
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
