using System;
using Coroutines;

namespace Seed;

// scheduler.py: many tasks, one thread. Each task runs until it yields; the scheduler's round-robin
// ready queue resumes them in turn until all have finished.
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
        var sched = new Scheduler();
        sched.Spawn(Task("A", 3));
        sched.Spawn(Task("B", 2));
        sched.Run();
    }
}
