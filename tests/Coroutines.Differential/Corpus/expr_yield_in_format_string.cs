// Yields inside interpolated strings (Python: f-strings): the holes before a pause keep their values, the hole of the pause is what was sent, and the string is complete after the last resume.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string, object?> co)
    {
        string name = "weight";
        string s = $"{name}={co.Yield("value?")} {co.Yield("unit?")}!";
        Py.Print(s);
        int n = 3;
        string t = $"[{n,4}] [{co.Yield("number?"):D3}] [{n * 2}]";
        Py.Print(t);
        co.Yield($"<{s}|{t}>");
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Send("42"));
        Py.Print(g.Send("kg"));
        Py.Print(g.Send(7));
        g.Close();
    }
}
