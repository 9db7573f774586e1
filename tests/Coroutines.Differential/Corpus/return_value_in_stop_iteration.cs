// A return statement's value travels in the StopIteration that ends the generator: Next() raises it with .Value set
// to whatever the body returned (a number, a string, a list).
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial object Gen(Co<string> co, string kind)
    {
        co.Yield("working");
        if (kind == "number")
            return 42;
        if (kind == "text")
            return "finished";
        return new List<object?> { 1, "two", null };
    }

    public static void Main()
    {
        foreach (string kind in new[] { "number", "text", "list" })
        {
            var g = Gen(kind);
            Py.Print(kind, g.Next());
            try
            {
                g.Next();
            }
            catch (StopIterationException e)
            {
                Py.Print(kind, "returned", e.Value);
            }
        }
    }
}
