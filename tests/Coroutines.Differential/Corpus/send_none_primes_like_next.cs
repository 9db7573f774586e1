// Send(null) on an unstarted generator starts it exactly as Next() does; later sends resume the paused yield.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Echo(Co<string, string?> co)
    {
        Py.Print("started");
        string? received = co.Yield("ready");
        while (true)
        {
            received = co.Yield("echo " + received);
        }
    }

    public static void Main()
    {
        var g = Echo();
        Py.Print(g.Send(null), g.State);
        Py.Print(g.Send("a"));
        Py.Print(g.Send("b"));
    }
}
