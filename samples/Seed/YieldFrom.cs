using System;
using Coroutines;

namespace Seed;

// yield-from.py: YieldFrom delegates to a sub-generator (everything it yields passes straight through)
// and evaluates to the sub-generator's return value.
public static partial class YieldFromSample
{
    [Coroutine]
    public static partial string Producer(Co<object> co)
    {
        co.Yield(1);
        co.Yield(2);
        return "done";
    }

    [Coroutine]
    public static partial void Wrapper(Co<object> co)
    {
        string result = co.YieldFrom(Producer());
        Console.WriteLine($"subgenerator returned: {result}");
        co.Yield(result);
    }

    public static void Run()
    {
        Generator<object> w = Wrapper();
        Console.WriteLine(w.Next());
        Console.WriteLine(w.Next());
        Console.WriteLine(w.Next());
    }
}
