// A recursive coroutine over nested lists: YieldFrom flattens any depth, leaves are indented by their depth, and each list returns how many leaves it held.
using System.Collections.Generic;
using System.Linq;
using Coroutines;

public static partial class Program
{
    static List<object> L(params object[] items) => items.ToList();

    [Coroutine]
    private static partial int Flatten(Co<string> co, object x, int depth)
    {
        var list = x as List<object>;
        if (list != null)
        {
            Py.Print($"{Indent(depth)}list of {list.Count}");
            int count = 0;
            foreach (object item in list)
                count += co.YieldFrom(Flatten(item, depth + 1));
            return count;
        }
        co.Yield($"{Indent(depth)}{x}");
        return 1;
    }

    static string Indent(int depth) => string.Concat(Enumerable.Repeat("  ", depth));

    public static void Main()
    {
        var data = L(1, L(2, L(3, L(4, L())), 5), L(L(L("deep"))), "six");
        var g = Flatten(data, 0);
        while (true)
        {
            try
            {
                Py.Print(g.Next());
            }
            catch (StopIterationException e)
            {
                Py.Print("leaves", e.Value);
                break;
            }
        }
        Py.Print(Flatten(L(L(1, 2), L(), L(3, L(4))), 0).ToList());
    }
}
