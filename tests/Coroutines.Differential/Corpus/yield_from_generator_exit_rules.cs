// PEP 380 on Close: the inner is closed first; if that throws, the exception is raised in the outer at the YieldFrom, otherwise GeneratorExitException is, even when the inner caught it and returned a value; Throw(new GeneratorExitException()) into the outer closes the inner the same way.
using Coroutines;

class Oops : PyException { }

public static partial class Program
{
    [Coroutine]
    private static partial string ReturnsOnExit(Co<string> co)
    {
        try
        {
            co.Yield("a");
        }
        catch (GeneratorExitException)
        {
            Py.Print("inner caught GeneratorExit, returns a value");
            return "ignored value";
        }
        return "end";
    }

    [Coroutine]
    private static partial string RaisesOnExit(Co<string> co)
    {
        try
        {
            co.Yield("b");
        }
        catch (GeneratorExitException)
        {
            Py.Print("inner raises Oops instead");
            throw new Oops();
        }
        return "end";
    }

    [Coroutine]
    private static partial void Outer(Co<string> co, Generator<string, Unit, string> inner)
    {
        try
        {
            string r = co.YieldFrom(inner);
            Py.Print("outer got", r);
        }
        catch (GeneratorExitException)
        {
            Py.Print("outer sees GeneratorExit");
            throw;
        }
        catch (Oops)
        {
            Py.Print("outer sees Oops and returns");
        }
    }

    [Coroutine]
    private static partial void KeepsGoing(Co<string> co, Generator<string, Unit, string> inner)
    {
        try
        {
            co.YieldFrom(inner);
        }
        catch (GeneratorExitException)
        {
            Py.Print("keeps_going caught GeneratorExit");
            co.Yield("keeps going");
        }
    }

    public static void Main()
    {
        var i = ReturnsOnExit();
        var g = Outer(i);
        Py.Print(g.Next());
        g.Close();
        Py.Print(g.State, i.State);

        g = Outer(RaisesOnExit());
        Py.Print(g.Next());
        g.Close();
        Py.Print("close returned quietly", g.State);

        i = ReturnsOnExit();
        var k = KeepsGoing(i);
        Py.Print(k.Next());
        Py.Print(k.Throw(new GeneratorExitException()));
        Py.Print(i.State);
        k.Close();
        Py.Print(k.State);
    }
}
