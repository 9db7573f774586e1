// Argument expressions are evaluated when the generator function is called, before any of the body runs;
// the body itself waits for the first Next().
using Coroutines;

public static partial class Program
{
    static int Arg(string name, int value)
    {
        Py.Print("evaluate", name);
        return value;
    }

    [Coroutine]
    static partial void Gen(Co<int> co, int a, int b)
    {
        Py.Print("body starts", a, b);
        co.Yield(a + b);
        Py.Print("body ends");
    }

    public static void Main()
    {
        Py.Print("before call");
        var g = Gen(Arg("a", 1), Arg("b", 2));
        Py.Print("after call");
        Py.Print("got", g.Next());
        try
        {
            g.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("stop");
        }
    }
}
