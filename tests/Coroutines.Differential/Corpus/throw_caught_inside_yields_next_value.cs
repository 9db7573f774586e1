// An exception thrown in is raised at the paused yield; when the body catches it and reaches another yield, Throw()
// returns that yielded value and the generator goes on.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int> co)
    {
        int n = 0;
        while (true)
        {
            try
            {
                co.Yield(n);
            }
            catch (ValueError e)
            {
                Py.Print("handled", Py.Name(e), Py.Message(e));
                n = -n;
            }
            n += 1;
        }
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Next());
        Py.Print(g.Throw(new ValueError("reset")));
        Py.Print(g.State);
        Py.Print(g.Next());
        Py.Print(g.Throw(new ValueError("again")));
    }
}
