// A handler inside the body that raises a different exception while handling the thrown one: Throw() raises the new
// exception and the generator is closed.
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
        catch (ValueError)
        {
            Py.Print("translating");
            throw new KeyError("k");
        }
    }

    public static void Main()
    {
        var g = Gen();
        g.Next();
        try
        {
            g.Throw(new ValueError("v"));
        }
        catch (KeyError e)
        {
            Py.Print("caught", Py.Name(e));
        }
        catch (ValueError)
        {
            Py.Print("caught the original");
        }
        Py.Print(g.State);
    }
}
