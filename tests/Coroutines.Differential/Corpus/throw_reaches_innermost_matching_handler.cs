// The thrown exception starts at the paused yield and unwinds like any raise: it passes handlers that do not match
// (running their finally blocks, innermost first) and lands in the nearest handler that does.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<string> co)
    {
        try
        {
            try
            {
                try
                {
                    co.Yield("deep");
                }
                catch (KeyError)
                {
                    Py.Print("inner handler");
                }
                finally
                {
                    Py.Print("inner finally");
                }
            }
            finally
            {
                Py.Print("middle finally");
            }
        }
        catch (ValueError e)
        {
            Py.Print("outer handler", Py.Message(e));
        }
        co.Yield("after");
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Throw(new ValueError("v")));
    }
}
