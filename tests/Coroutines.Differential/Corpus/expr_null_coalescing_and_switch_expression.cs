// A yield that runs only when needed: a default asked for only when a value is missing (??), and a yield in the arm of a switch expression that pauses only when that arm is chosen.
using Coroutines;

public static partial class Program
{
    static string? Describe(int n) => n == 0 ? "zero" : n == 1 ? "one" : null;

    [Coroutine]
    private static partial void Gen(Co<string, string?> co, int[] values)
    {
        foreach (int n in values)
        {
            string? text = Describe(n) ?? co.Yield($"name for {n}?");
            Py.Print(n, "is", text);
        }
        foreach (int n in values)
        {
            string? size = n switch
            {
                0 => "none",
                < 3 => co.Yield($"small {n}?"),
                _ => "big",
            };
            Py.Print(n, "size", size);
        }
    }

    public static void Main()
    {
        var g = Gen(new[] { 0, 2, 1, 7 });
        Py.Print(g.Next());
        foreach (string answer in new[] { "two", "seven", "a pair", "a single", "unused" })
        {
            try
            {
                Py.Print(g.Send(answer));
            }
            catch (StopIterationException)
            {
                Py.Print("stop");
                break;
            }
        }
    }
}
