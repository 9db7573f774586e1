// Throw() while paused inside a catch handler: the new exception leaves the handler (its variable still usable after a resume), the finally runs, and an outer handler for the new type catches it.
using Coroutines;

class A : PyException
{
    public A(string text) : base(text) { }
}

class B : PyException
{
    public B(string text) : base(text) { }
}

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string, string?> co, bool throwIn)
    {
        try
        {
            try
            {
                throw new A("first");
            }
            catch (A e)
            {
                string? got = co.Yield($"in handler for {Py.Name(e)}");
                Py.Print("handler resumed with", got, "still has", Py.Message(e));
                co.Yield("handler again");
            }
            finally
            {
                Py.Print("inner finally");
            }
        }
        catch (B e)
        {
            Py.Print("outer caught", Py.Name(e), Py.Message(e));
        }
        co.Yield("end");
    }

    public static void Main()
    {
        var g = Gen(true);
        Py.Print(g.Next());
        Py.Print(g.Throw(new B("second")));
        g.Close();
        g = Gen(false);
        Py.Print(g.Next());
        Py.Print(g.Send("x"));
        Py.Print(g.Next());
    }
}
