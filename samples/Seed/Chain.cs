using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Coroutines;

namespace Seed;

// chain.py: YieldFrom also takes a plain sequence, so chaining iterables is a loop of delegations.
public static partial class ChainSample
{
    [Coroutine]
    public static partial void Chain(Co<object> co, IEnumerable<object>[] iterables)
    {
        foreach (IEnumerable<object> it in iterables)
        {
            co.YieldFrom(it);
        }
    }

    public static void Run()
    {
        var list = new List<object> { 1, 2 };            // [1, 2]
        IEnumerable<object> tuple = Items((3, 4));       // (3, 4)
        IEnumerable<object> text = "ab".Cast<object>();  // "ab", one char at a time
        IEnumerable<string> strs = Chain([list, tuple, text]).Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "None");
        Console.WriteLine("[" + string.Join(", ", strs) + "]");
    }

    // A C# tuple is not enumerable; Python's is. Walk its fields.
    private static IEnumerable<object> Items(ITuple tuple) =>
        Enumerable.Range(0, tuple.Length).Select(i => tuple[i] ?? "None");
}
