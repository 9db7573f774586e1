// && and || around a yield (Python: and/or): the right operand, with its pause, runs only when the left operand does not decide the result.
using Coroutines;

public static partial class Program
{
    static bool Check(string label, bool v)
    {
        Py.Print("check", label, v);
        return v;
    }

    [Coroutine]
    private static partial void Gen(Co<string, bool> co)
    {
        foreach (bool left in new[] { false, true })
        {
            bool a = Check("and", left) && co.Yield($"and-right after {(left ? "True" : "False")}");
            Py.Print("and gives", a);
            bool o = Check("or", left) || co.Yield($"or-right after {(left ? "True" : "False")}");
            Py.Print("or gives", o);
        }
        bool b = co.Yield("L") && co.Yield("R");
        Py.Print("both", b);
        bool c = co.Yield("M") || co.Yield("N");
        Py.Print("either", c);
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Send(true));
        Py.Print(g.Send(false));
        Py.Print(g.Send(true));
        Py.Print(g.Send(false));
        try
        {
            g.Send(true);
        }
        catch (StopIterationException)
        {
            Py.Print("stop");
        }
    }
}
