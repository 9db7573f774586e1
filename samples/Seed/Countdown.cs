using System;
using Coroutines;

namespace Seed;

// countdown.py: a generator is lazy. Calling the factory runs nothing; each Next() runs the body
// up to the next yield, and falling off the end raises StopIteration.
public static partial class CountdownSample
{
    [Coroutine]
    public static partial void Countdown(Co<int> co, int n)
    {
        Console.WriteLine("starting countdown");
        while (n > 0)
        {
            co.Yield(n);    // pause here, hand n to the caller
            n--;            // resume here on the next request
        }
        Console.WriteLine("done");
    }

    public static void Run()
    {
        Generator<int> gen = Countdown(3);   // nothing printed yet: the body has not started
        Console.WriteLine(gen.Next());
        Console.WriteLine(gen.Next());
        Console.WriteLine(gen.Next());
        try
        {
            gen.Next();
        }
        catch (StopIterationException)
        {
            Console.WriteLine("StopIteration");
        }
    }
}
