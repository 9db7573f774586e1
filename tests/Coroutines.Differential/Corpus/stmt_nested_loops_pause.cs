// Nested loops that pause at both levels: break leaves only the inner loop, continue of the outer loop skips its tail.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial void Grid(Co<object> co)
    {
        for (int row = 0; row < 4; row++)
        {
            if (row == 2)
            {
                co.Yield($"skip row {row}");
                continue;
            }
            for (int col = 0; col < 4; col++)
            {
                if (col > row)
                    break;
                co.Yield((row, col));
            }
            co.Yield($"end row {row}");
        }
        co.Yield("done");
    }

    public static void Main()
    {
        foreach (var v in Grid())
            Py.Print(v);
    }
}
