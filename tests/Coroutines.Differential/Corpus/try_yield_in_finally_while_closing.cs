// A finally that pauses while Close() unwinds the generator: Close() throws "generator ignored GeneratorExit" (Python: RuntimeError), the generator stays suspended in the finally, and resuming it finishes the finally and lets the GeneratorExitException out.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string> co)
    {
        try
        {
            co.Yield("body");
        }
        finally
        {
            Py.Print("finally starts");
            co.Yield("paused in finally");
            Py.Print("finally ends");
        }
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        try
        {
            g.Close();
        }
        catch (InvalidOperationException e)
        {
            Py.Print("close raised", Py.Name(e));
        }
        Py.Print(g.State);
        try
        {
            g.Next();
        }
        catch (GeneratorExitException e)
        {
            Py.Print("next raised", Py.Name(e));
        }
        Py.Print(g.State);
    }
}
