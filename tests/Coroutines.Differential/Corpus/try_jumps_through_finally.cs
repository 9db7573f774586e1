// break, continue and return that leave a try with a finally: the finally runs, and may pause, before control goes where the jump leads; a return's value survives the pause.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial string Gen(Co<string> co)
    {
        int i;
        for (i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1)
                    continue;
                if (i == 3)
                    break;
                co.Yield($"body {i}");
            }
            finally
            {
                Py.Print("finally runs", i);
                co.Yield($"finally {i}");
            }
        }
        Py.Print("after loop", i);
        try
        {
            try
            {
                co.Yield("before return");
                return "returned";
            }
            finally
            {
                Py.Print("inner finally of return");
                co.Yield("inner finally of return");
            }
        }
        finally
        {
            Py.Print("outer finally of return");
            co.Yield("outer finally of return");
        }
    }

    public static void Main()
    {
        var g = Gen();
        while (true)
        {
            try
            {
                Py.Print(g.Next());
            }
            catch (StopIterationException e)
            {
                Py.Print("stop", e.Value);
                break;
            }
        }
    }
}
