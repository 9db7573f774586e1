// Recursive coroutines that delegate in a loop: all permutations of a list, in lexicographic order, each recursion level returning how many it produced.
using System.Collections.Generic;
using System.Linq;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    private static partial int Permutations<T>(Co<List<T>> co, List<T> prefix, List<T> rest)
    {
        if (rest.Count == 0)
        {
            co.Yield(prefix);
            return 1;
        }
        int count = 0;
        for (int i = 0; i < rest.Count; i++)
        {
            var next = new List<T>(prefix) { rest[i] };
            var remaining = rest.Take(i).Concat(rest.Skip(i + 1)).ToList();
            count += co.YieldFrom(Permutations(next, remaining));
        }
        return count;
    }

    public static void Main()
    {
        var g = Permutations(new List<int>(), new List<int> { 1, 2, 3 });
        while (true)
        {
            try
            {
                Py.Print(g.Next());
            }
            catch (StopIterationException e)
            {
                Py.Print("count", e.Value);
                break;
            }
        }
        Py.Print(Permutations(new List<int>(), new List<int> { 1, 2, 3, 4, 5 }).Count());
        Py.Print(Permutations(new List<string>(), new List<string> { "a", "b", "c" }).Select(p => string.Concat(p)).ToList().TakeLast(2).ToList());
    }
}
