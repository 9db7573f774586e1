// A foreach over a list (Python: for) that pauses in its body: iteration resumes at the next element, continue skips one, break after a pause ends the loop.
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Gen(Co<string, int> co, List<string> words)
    {
        int count = 0;
        foreach (string w in words)
        {
            if (w == "stop")
            {
                co.Yield("saw stop");
                break;
            }
            if (w.StartsWith("#"))
                continue;
            int got = co.Yield(w.ToUpperInvariant());
            count += got;
            Py.Print("counted", w, count);
        }
        Py.Print("count", count);
        return count;
    }

    public static void Main()
    {
        var g = Gen(new List<string> { "a", "#b", "c", "stop", "d" });
        Py.Print(g.Next());
        Py.Print(g.Send(2));
        Py.Print(g.Send(3));
        try
        {
            g.Next();
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
