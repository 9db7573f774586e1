// A push pipeline of primed coroutines ([Coroutine(Primed = true)]; Python: a @coroutine decorator): lines sent into a broadcast reach two greps, which forward matches to their printers; closing the head closes the chain link by link.
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine(Primed = true)]
    private static partial void Printer(Co<object?, string?> co, string prefix)
    {
        int count = 0;
        try
        {
            while (true)
            {
                string? line = co.Yield(null);
                count += 1;
                Py.Print(prefix, count, line);
            }
        }
        catch (GeneratorExitException)
        {
            Py.Print(prefix, "closed after", count);
        }
    }

    [Coroutine(Primed = true)]
    private static partial void Grep(Co<object?, string?> co, string pattern, IGenerator<object?, string?> target)
    {
        Py.Print("grep looking for", pattern);
        try
        {
            while (true)
            {
                string? line = co.Yield(null);
                if (line != null && line.Contains(pattern))
                    target.Send(line);
            }
        }
        catch (GeneratorExitException)
        {
            Py.Print("grep", pattern, "closes its target");
            target.Close();
        }
    }

    [Coroutine(Primed = true)]
    private static partial void Broadcast(Co<object?, string?> co, List<IGenerator<object?, string?>> targets)
    {
        try
        {
            while (true)
            {
                string? item = co.Yield(null);
                foreach (var t in targets)
                    t.Send(item);
            }
        }
        finally
        {
            Py.Print("broadcast closes", targets.Count, "targets");
            foreach (var t in targets)
                t.Close();
        }
    }

    public static void Main()
    {
        var lines = new List<string>
        {
            "python generators are lazy",
            "a coroutine receives values",
            "generators and coroutines in python",
            "nothing to see here",
        };
        var head = Broadcast(new List<IGenerator<object?, string?>> { Grep("python", Printer("[py]")), Grep("corout", Printer("[co]")) });
        foreach (string line in lines)
            head.Send(line);
        head.Close();
        Py.Print("pipeline closed");
    }
}
