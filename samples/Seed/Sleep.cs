using System;
using Coroutines;

namespace Seed;

// sleep.py: a timer-driven cooperative scheduler on a virtual clock that starts at 0. A task asks to
// sleep with co.Sleep; the scheduler parks it in a min-heap keyed by wake time, ties broken by
// insertion order, and jumps the clock to the next wake time when nothing is ready.
public static partial class SleepSample
{
    [Coroutine]
    public static partial void Chatty(Co co, string name, double delay, int times)
    {
        for (int i = 0; i < times; i++)
        {
            double now = co.Now;    // seconds on the scheduler's clock
            Console.WriteLine($"[{now:F2}] {name} #{i}");
            co.Sleep(delay);
        }
    }

    public static void Run()
    {
        var s = Scheduler.Virtual();
        s.Spawn(Chatty("A", 0.5, 3));
        s.Spawn(Chatty("B", 0.3, 4));
        s.Run();
        Console.WriteLine($"[{s.Now:F2}] all done");
    }
}
