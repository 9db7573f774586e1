// Each call makes a new generator with its own locals; advancing one runs only its own body.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Counter(Co<string> co, string name, int start)
    {
        Py.Print(name, "starts");
        int n = start;
        while (true)
        {
            co.Yield(name + n);
            n += 1;
        }
    }

    public static void Main()
    {
        var a = Counter("a", 0);
        var b = Counter("b", 10);
        Py.Print(a.Next());
        Py.Print(a.Next());
        Py.Print(b.Next());
        Py.Print(a.Next());
        Py.Print(b.Next());
    }
}
