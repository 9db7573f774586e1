// Sent values accumulate until None is sent; then the body returns the total, which arrives as StopIteration.value
// of that Send().
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Accumulate(Co<int, int?> co)
    {
        int total = 0;
        while (true)
        {
            int? x = co.Yield(total);
            if (x is null)
                return total;
            total += x.Value;
        }
    }

    public static void Main()
    {
        var g = Accumulate();
        Py.Print(g.Next());
        foreach (int v in new[] { 1, 0, 5, -2 })
            Py.Print("sent", v, "running", g.Send(v));
        try
        {
            g.Send(null);
        }
        catch (StopIterationException e)
        {
            Py.Print("total", e.Value);
        }
    }
}
