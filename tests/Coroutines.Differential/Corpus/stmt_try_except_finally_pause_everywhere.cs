// Pauses in a try body, in a catch handler and in a finally block, on the normal path and on the path of an exception.
using Coroutines;

class Oops : PyException { }

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string> co, bool fail)
    {
        try
        {
            co.Yield("try 1");
            if (fail)
                throw new Oops();
            co.Yield("try 2");
        }
        catch (Oops e)
        {
            co.Yield($"except {Py.Name(e)}");
            Py.Print("handled");
        }
        finally
        {
            co.Yield("finally 1");
            Py.Print("finally done");
        }
        co.Yield("after");
    }

    public static void Main()
    {
        foreach (bool fail in new[] { false, true })
        {
            Py.Print("--", fail);
            foreach (var v in Gen(fail))
                Py.Print(v);
        }
    }
}
