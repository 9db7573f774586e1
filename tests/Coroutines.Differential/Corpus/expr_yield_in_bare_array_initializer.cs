// A yield inside an array initializer of a local declaration (Python: a list literal): the elements are built left to right around the pause.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string, int> co)
    {
        int[] ys = { 10, co.Yield("first"), 30, co.Yield("second") };
        Py.Print(ys);
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Send(20));
        try
        {
            g.Send(40);
        }
        catch (StopIterationException)
        {
            Py.Print("stop");
        }
    }
}
