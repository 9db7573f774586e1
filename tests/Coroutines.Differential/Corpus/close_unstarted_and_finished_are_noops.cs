// Close() on a generator that never started runs nothing (not even its finally block) and closes it; Close() on a
// generator that has already finished does nothing at all.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<string> co, string tag)
    {
        Py.Print(tag, "body runs");
        try
        {
            co.Yield(tag);
        }
        finally
        {
            Py.Print(tag, "finally");
        }
    }

    public static void Main()
    {
        var fresh = Gen("fresh");
        fresh.Close();
        Py.Print("fresh", fresh.State);
        try
        {
            fresh.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("fresh stop");
        }

        var done = Gen("done");
        Py.Print(done.Next());
        try
        {
            done.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("done stop");
        }
        done.Close();
        Py.Print("done", done.State);
    }
}
