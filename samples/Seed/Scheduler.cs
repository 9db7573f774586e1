using System;
using System.Collections.Generic;
using Coroutines;

namespace Seed;

// scheduler.py: many tasks, one thread. Each task runs until it yields; a round-robin ready queue
// resumes them in turn until all have finished.
public static partial class SchedulerSample
{
    [Coroutine]
    public static partial void Task(Co co, string name, int steps)
    {
        for (int i = 1; i <= steps; i++)
        {
            Console.WriteLine($"{name}: step {i}");
            co.Yield();     // let the others have a turn
        }
    }

    public static void Run()
    {
        var sched = new RoundRobin();
        sched.Add(Task("A", 3));
        sched.Add(Task("B", 2));
        sched.Run();
    }

    private sealed class RoundRobin
    {
        private readonly Queue<IGenerator<CoSignal, Unit>> ready = new();

        public void Add(IGenerator<CoSignal, Unit> gen) => ready.Enqueue(gen);

        public void Run()
        {
            while (ready.Count > 0)
            {
                var gen = ready.Dequeue();
                if (gen.MoveNext())     // Python: next(gen), and StopIteration means finished
                {
                    ready.Enqueue(gen);
                }
            }
        }
    }
}
