// A body that yields again after catching GeneratorExit makes Close() raise RuntimeError("generator ignored
// GeneratorExit"); the generator stays suspended at that new yield and can still be resumed.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Stubborn(Co<int> co)
    {
        try
        {
            co.Yield(1);
        }
        catch (GeneratorExitException)
        {
            Py.Print("ignoring exit");
            co.Yield(2);
        }
        Py.Print("resumed after the ignored exit");
    }

    public static void Main()
    {
        var g = Stubborn();
        Py.Print(g.Next());
        try
        {
            g.Close();
        }
        catch (InvalidOperationException e)
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
            Py.Print("stop", g.State);
        }
    }
}
