// A yield in an if condition: the value sent picks the branch, and the conditions of an else-if chain pause only until one holds.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial string Gen(Co<string, bool> co)
    {
        for (int round = 0; round < 3; round++)
        {
            if (co.Yield($"first? {round}"))
            {
                Py.Print("then", round);
                co.Yield("in then");
            }
            else if (co.Yield($"second? {round}"))
            {
                Py.Print("elif", round);
            }
            else
            {
                Py.Print("else", round);
                co.Yield("in else");
            }
        }
        return "end";
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Send(true));
        Py.Print(g.Next());
        Py.Print(g.Send(false));
        Py.Print(g.Send(true));
        Py.Print(g.Send(false));
        Py.Print(g.Send(false));
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
