// Close() while paused inside nested trys: GeneratorExitException is raised at the pause, the finally blocks run innermost first, and a handler for other exceptions does not see it; Close() of an unstarted or finished generator runs nothing.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<int> co)
    {
        try
        {
            try
            {
                co.Yield(1);
                Py.Print("not reached");
            }
            catch (Exception e) when (e is not GeneratorExitException)
            {
                Py.Print("handler for Exception saw", Py.Name(e));
            }
            finally
            {
                Py.Print("inner finally");
            }
        }
        finally
        {
            Py.Print("outer finally");
        }
        Py.Print("not reached either");
    }

    [Coroutine]
    private static partial void Watcher(Co<string> co)
    {
        try
        {
            co.Yield("watching");
        }
        catch (GeneratorExitException e)
        {
            Py.Print("watcher saw", Py.Name(e));
            throw;
        }
        finally
        {
            Py.Print("watcher finally");
        }
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        g.Close();
        Py.Print(g.State);
        g.Close();
        Py.Print("second close is quiet");
        var w = Watcher();
        Py.Print(w.Next());
        w.Close();
        Py.Print(w.State);
        var u = Gen();
        u.Close();
        Py.Print("unstarted", u.State);
        try
        {
            u.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("closed before start: StopIteration");
        }
    }
}
