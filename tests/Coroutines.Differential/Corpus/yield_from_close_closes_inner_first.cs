// Close() on the outer of a three-level chain closes the innermost generator first: each level sees GeneratorExitException and runs its finally, innermost first, and all three end closed.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Level(Co<string> co, string name, Generator<string>? child)
    {
        try
        {
            if (child == null)
                co.Yield($"{name} leaf");
            else
                co.YieldFrom(child);
            Py.Print("not reached", name);
        }
        catch (GeneratorExitException e)
        {
            Py.Print(name, "sees", Py.Name(e));
            throw;
        }
        finally
        {
            Py.Print(name, "finally");
        }
    }

    public static void Main()
    {
        var bottom = Level("bottom", null);
        var middle = Level("middle", bottom);
        var top = Level("top", middle);
        Py.Print(top.Next());
        top.Close();
        Py.Print(top.State, middle.State, bottom.State);
    }
}
