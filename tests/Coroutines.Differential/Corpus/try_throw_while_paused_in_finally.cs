// Throw() while paused inside a finally block: the exception thrown in replaces the one the finally was running for, and the rest of the finally is skipped.
using Coroutines;

class A : PyException { }

class B : PyException { }

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string> co, bool fail)
    {
        try
        {
            try
            {
                co.Yield("body");
                if (fail)
                    throw new A();
            }
            finally
            {
                Py.Print("finally starts");
                co.Yield("in finally");
                Py.Print("finally ends");
            }
        }
        catch (A)
        {
            Py.Print("caught A");
        }
        catch (B)
        {
            Py.Print("caught B");
        }
        co.Yield("after");
    }

    public static void Main()
    {
        foreach (bool fail in new[] { true, false })
        {
            var g = Gen(fail);
            Py.Print(g.Next());
            Py.Print(g.Next());
            Py.Print(g.Throw(new B()));
            g.Close();
        }

        var h = Gen(true);
        h.Next();
        h.Next();
        try
        {
            h.Throw(new KeyError("k"));
        }
        catch (KeyError e)
        {
            Py.Print("caller caught", Py.Name(e));
        }
        Py.Print(h.State);
    }
}
