// The value of a yield expression is what Send() passed in; when Next() resumes it, the value is None.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Listener(Co<int, int?> co)
    {
        int i = 0;
        while (true)
        {
            int? received = co.Yield(i);
            Py.Print("yield", i, "resumed with", received);
            i += 1;
        }
    }

    public static void Main()
    {
        var g = Listener();
        g.Next();
        g.Send(10);
        g.Next();
        g.Send(-3);
        g.Send(null);
        g.Next();
    }
}
