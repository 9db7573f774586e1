// An exception thrown after a resume inside a try: the matching catch runs (and may pause), the other catches are skipped, and the finally runs after it.
using Coroutines;

class Bad : PyException
{
    public Bad(string text) : base(text) { }
}

public static partial class Program
{
    [Coroutine]
    private static partial string Gen(Co<string, string?> co)
    {
        for (int i = 0; i < 3; i++)
        {
            try
            {
                string? v = co.Yield($"try {i}");
                Py.Print("resumed", i, v);
                if (v == "bad")
                    throw new Bad("bad input");
                if (v == "key")
                    throw new KeyError("k");
                Py.Print("ok", i);
            }
            catch (Bad e)
            {
                Py.Print("caught", Py.Name(e), Py.Message(e));
            }
            catch (KeyError e)
            {
                Py.Print("caught", Py.Name(e));
                co.Yield("in handler");
            }
            finally
            {
                Py.Print("finally", i);
            }
        }
        return "end";
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Send("bad"));
        Py.Print(g.Send("key"));
        Py.Print(g.Next());
        try
        {
            g.Send("fine");
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
