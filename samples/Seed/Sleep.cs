using System;
using System.Collections.Generic;
using System.Globalization;
using Coroutines;

namespace Seed;

// sleep.py: a timer-driven cooperative scheduler on a virtual clock that starts at 0. A task asks to
// sleep by yielding a CoSignal (co.Sleep); the scheduler parks it in a min-heap keyed by wake time,
// ties broken by insertion order, and jumps the clock to the next wake time when nothing is ready.
public static partial class SleepSample
{
    [Coroutine]
    public static partial void Chatty(Co co, string name, double delay, int times)
    {
        for (int i = 0; i < times; i++)
        {
            Console.WriteLine($"[{Clock.Format()}] {name} #{i}");
            co.Sleep(delay);
        }
    }

    public static void Run()
    {
        Clock.Now = TimeSpan.Zero;
        var s = new TimerScheduler();
        s.Add(Chatty("A", 0.5, 3));
        s.Add(Chatty("B", 0.3, 4));
        s.Run();
        Console.WriteLine($"[{Clock.Format()}] all done");
    }

    private static class Clock
    {
        public static TimeSpan Now;

        public static string Format() => Now.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);
    }

    private sealed class TimerScheduler
    {
        private readonly Queue<IGenerator<CoSignal, Unit>> ready = new();
        private readonly PriorityQueue<IGenerator<CoSignal, Unit>, (TimeSpan Wake, long Seq)> sleeping = new();
        private long seq;

        public void Add(IGenerator<CoSignal, Unit> gen) => ready.Enqueue(gen);

        public void Run()
        {
            while (ready.Count > 0 || sleeping.Count > 0)
            {
                if (ready.Count == 0)
                {
                    sleeping.TryDequeue(out var sleeper, out var key);
                    if (key.Wake > Clock.Now) Clock.Now = key.Wake;
                    ready.Enqueue(sleeper!);
                }
                var gen = ready.Dequeue();
                if (!gen.MoveNext()) continue;      // finished
                CoSignal request = gen.Current;
                if (request.Kind == CoSignalKind.Sleep)
                {
                    sleeping.Enqueue(gen, (Clock.Now + request.Delay, seq++));
                }
                else
                {
                    ready.Enqueue(gen);
                }
            }
        }
    }
}
