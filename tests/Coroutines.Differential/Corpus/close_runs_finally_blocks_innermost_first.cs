// Close() unwinds every try around the paused yield: the finally blocks run from the innermost out, and a finally
// block that is not around the yield does not run.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<string> co)
    {
        try
        {
            Py.Print("enter outer");
            try
            {
                co.Yield("first");
            }
            finally
            {
                Py.Print("finally of a finished try");
            }
            try
            {
                Py.Print("enter middle");
                try
                {
                    Py.Print("enter inner");
                    co.Yield("paused");
                }
                finally
                {
                    Py.Print("inner finally");
                }
            }
            finally
            {
                Py.Print("middle finally");
            }
        }
        finally
        {
            Py.Print("outer finally");
        }
    }

    public static void Main()
    {
        var g = Gen();
        Py.Print(g.Next());
        Py.Print(g.Next());
        g.Close();
        Py.Print("closed");
    }
}
