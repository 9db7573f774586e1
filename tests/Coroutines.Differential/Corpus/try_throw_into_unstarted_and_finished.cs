// Throw() into a generator that has not started throws at once without running any of the body (not even its finally) and closes it; Throw() into a finished generator rethrows the exception; Send() into a finished one throws StopIterationException.
using Coroutines;

class E : PyException
{
    public E(string text) : base(text) { }
}

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<int, int?> co)
    {
        Py.Print("body starts");
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
        try
        {
            g.Throw(new E("early"));
        }
        catch (E e)
        {
            Py.Print("caught", Py.Name(e), Py.Message(e));
        }
        Py.Print(g.State);
        try
        {
            g.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("next: StopIteration");
        }

        var h = Gen();
        Py.Print(h.Next());
        try
        {
            h.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("finished");
        }
        try
        {
            h.Throw(new E("late"));
        }
        catch (E e)
        {
            Py.Print("caught", Py.Name(e), Py.Message(e));
        }
        try
        {
            h.Send(5);
        }
        catch (StopIterationException)
        {
            Py.Print("send: StopIteration");
        }
    }
}
