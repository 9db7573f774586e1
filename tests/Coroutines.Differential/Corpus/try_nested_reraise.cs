// A handler that re-raises (throw;, Python: raise) after pausing passes the same exception object outward, after the inner finally has run and paused too.
using System;
using Coroutines;

class E : PyException
{
    public E(string text) : base(text) { }
}

public static partial class Program
{
    static E? first;

    [Coroutine]
    private static partial void Gen(Co<string> co)
    {
        try
        {
            try
            {
                co.Yield("inner try");
                first = new E("boom");
                throw first;
            }
            catch (E e)
            {
                Py.Print("inner caught", Py.Message(e));
                co.Yield("inner handler");
                throw;
            }
            finally
            {
                Py.Print("inner finally");
                co.Yield("inner finally");
            }
        }
        catch (E e)
        {
            Py.Print("outer caught", Py.Message(e), ReferenceEquals(e, first));
            co.Yield("outer handler");
        }
        try
        {
            co.Yield("waiting for a throw");
        }
        catch (E)
        {
            Py.Print("re-raising what was thrown in");
            co.Yield("before re-raise");
            throw;
        }
    }

    public static void Main()
    {
        var thrown = new E("from outside");
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Next());
        Py.Print(g.Next());
        Py.Print(g.Next());
        Py.Print(g.Next());
        Py.Print(g.Throw(thrown));
        try
        {
            g.Next();
        }
        catch (E e)
        {
            Py.Print("caller caught", Py.Message(e), ReferenceEquals(e, thrown));
        }
    }
}
