// Yields inside the sections of a switch (Python: match): the command sent picks a section, a section may pause several times, and a return from a section ends the generator.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Machine(Co<string, string?> co)
    {
        int total = 0;
        while (true)
        {
            string? cmd = co.Yield($"total {total}");
            switch (cmd)
            {
                case "add":
                    string? n = co.Yield("how much?");
                    total += int.Parse(n!);
                    break;
                case "double":
                    total *= 2;
                    break;
                case "twice":
                    co.Yield("first");
                    co.Yield("second");
                    break;
                case "quit":
                    Py.Print("quitting");
                    return total;
                default:
                    co.Yield($"unknown {cmd}");
                    break;
            }
            Py.Print("after switch", cmd);
        }
    }

    public static void Main()
    {
        var m = Machine();
        Py.Print(m.Next());
        Py.Print(m.Send("add"));
        Py.Print(m.Send("5"));
        Py.Print(m.Send("double"));
        Py.Print(m.Send("twice"));
        Py.Print(m.Next());
        Py.Print(m.Next());
        Py.Print(m.Send("jump"));
        Py.Print(m.Next());
        try
        {
            m.Send("quit");
        }
        catch (StopIterationException e)
        {
            Py.Print("stop", e.Value);
        }
    }
}
