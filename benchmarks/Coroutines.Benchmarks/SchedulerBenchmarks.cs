using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Coroutines.Benchmarks
{
    // The scheduler suites (issue: task switches/s and timer events/s), beside a plain hand-written C# scheduler over
    // `yield return` iterators (a Queue and a PriorityQueue: the practical limit) and benchmarks/python/scheduler.py
    // (collections.deque and heapq). Each invocation runs one whole program, creating its tasks included:
    //   switches: 10,000 tasks x 100 yields, round-robin          -> 1,000,000 switches per invocation
    //   timers:   100,000 tasks x 10 sleeps, on a virtual clock     -> 1,000,000 timer events per invocation
    // The schedulers and their queues live across invocations (warm), as in a long-running game or simulation.
    //
    //   dotnet run -c Release --project benchmarks/Coroutines.Benchmarks -- --filter '*Scheduler*' --job short
    //   dotnet run -c Release --project benchmarks/Coroutines.Benchmarks -- scheduler [rounds] [switches|timers]   (interleaved best-of)

    /// <summary>The task coroutines of the scheduler suites.</summary>
    public static partial class SchedulerTasks
    {
        public const int SwitchTasks = 10_000;
        public const int Yields = 100;
        public const int TimerTasks = 100_000;
        public const int Sleeps = 10;

        /// <summary>Task i's sleep: 1 ms .. 1 s, so that the heap holds timers of every order.</summary>
        public static double Delay(int i) => (i * 7919 % 1000 + 1) * 0.001;

        [Coroutine]
        public static partial void Spin(Co co, int yields)
        {
            for (int i = 0; i < yields; i++) co.Yield();
        }

        [Coroutine]
        public static partial void Nap(Co co, double seconds, int times)
        {
            for (int i = 0; i < times; i++) co.Sleep(seconds);
        }
    }

    /// <summary>The seed's schedulers written by hand over C# iterators: a <see cref="Queue{T}"/> and a <see cref="PriorityQueue{TElement, TPriority}"/>.</summary>
    public sealed class HandWrittenScheduler
    {
        private readonly Queue<IEnumerator<object?>> ready = new();
        private readonly Queue<IEnumerator<double>> timed = new();
        private readonly PriorityQueue<IEnumerator<double>, (double Wake, long Seq)> sleeping = new();

        public static IEnumerator<object?> Spin(int yields)
        {
            for (int i = 0; i < yields; i++) yield return null;
        }

        public static IEnumerator<double> Nap(double seconds, int times)
        {
            for (int i = 0; i < times; i++) yield return seconds;
        }

        /// <summary>scheduler.py: round-robin until every task has finished; returns the number of switches.</summary>
        public long RoundRobin(int tasks, int yields)
        {
            for (int i = 0; i < tasks; i++) ready.Enqueue(Spin(yields));
            long switches = 0;
            while (ready.Count > 0)
            {
                var task = ready.Dequeue();
                if (task.MoveNext())
                {
                    ready.Enqueue(task);
                    switches++;
                }
            }
            return switches;
        }

        /// <summary>sleep.py: a ready queue and a heap keyed by (wake time, insertion order) on a virtual clock; returns the final time.</summary>
        public double Timers(int tasks, int sleeps)
        {
            double now = 0;
            long seq = 0;
            for (int i = 0; i < tasks; i++) timed.Enqueue(Nap(SchedulerTasks.Delay(i), sleeps));
            while (timed.Count > 0 || sleeping.Count > 0)
            {
                if (timed.Count == 0)
                {
                    sleeping.TryDequeue(out var sleeper, out var key);
                    if (key.Wake > now) now = key.Wake;
                    timed.Enqueue(sleeper!);
                }
                var task = timed.Dequeue();
                if (!task.MoveNext()) continue;
                sleeping.Enqueue(task, (now + task.Current, seq++));
            }
            return now;
        }
    }

    /// <summary>Task switches: 10,000 tasks x 100 yields; results per switch.</summary>
    [MemoryDiagnoser]
    public class SchedulerSwitchBenchmarks
    {
        private const int Operations = SchedulerTasks.SwitchTasks * SchedulerTasks.Yields;
        private readonly HandWrittenScheduler handWritten = new();
        private readonly Coroutines.Scheduler scheduler = Coroutines.Scheduler.Virtual();

        [Benchmark(Baseline = true, OperationsPerInvoke = Operations, Description = "hand-written Queue + iterators")]
        public long HandWritten() => handWritten.RoundRobin(SchedulerTasks.SwitchTasks, SchedulerTasks.Yields);

        [Benchmark(OperationsPerInvoke = Operations, Description = "Scheduler + generated frames")]
        public long Scheduler()
        {
            for (int i = 0; i < SchedulerTasks.SwitchTasks; i++) scheduler.Spawn(SchedulerTasks.Spin(SchedulerTasks.Yields));
            scheduler.Run();
            return Operations;
        }
    }

    /// <summary>Timer events: 100,000 tasks x 10 sleeps on a virtual clock; results per timer event.</summary>
    [MemoryDiagnoser]
    public class SchedulerTimerBenchmarks
    {
        private const int Operations = SchedulerTasks.TimerTasks * SchedulerTasks.Sleeps;
        private readonly HandWrittenScheduler handWritten = new();
        private readonly Coroutines.Scheduler scheduler = Coroutines.Scheduler.Virtual();

        [Benchmark(Baseline = true, OperationsPerInvoke = Operations, Description = "hand-written PriorityQueue + iterators")]
        public double HandWritten() => handWritten.Timers(SchedulerTasks.TimerTasks, SchedulerTasks.Sleeps);

        [Benchmark(OperationsPerInvoke = Operations, Description = "Scheduler.Virtual + generated frames")]
        public double Scheduler()
        {
            double start = scheduler.Now;
            for (int i = 0; i < SchedulerTasks.TimerTasks; i++) scheduler.Spawn(SchedulerTasks.Nap(SchedulerTasks.Delay(i), SchedulerTasks.Sleeps));
            scheduler.Run();
            return scheduler.Now - start;
        }
    }

    /// <summary>
    /// <c>-- scheduler [rounds] [switches|timers]</c>: both suites (or one) with the peers taking turns in one process, best of the rounds each, with
    /// the ratio to the hand-written loop; robust to a busy machine. Also checks that the peers agree.
    /// </summary>
    public static class SchedulerRatios
    {
        public static int Run(string[] args)
        {
            int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
            // "switches" or "timers" runs one suite only: the two share the scheduler's loop, and so its JIT profile.
            string only = args.Length > 1 ? args[1] : "both";
            var switches = new SchedulerSwitchBenchmarks();
            var timers = new SchedulerTimerBenchmarks();
            if (switches.HandWritten() != switches.Scheduler()) throw new InvalidOperationException("switch counts differ");
            double handEnd = timers.HandWritten(), ourEnd = timers.Scheduler();
            if (Math.Abs(handEnd - ourEnd) > 1e-6) throw new InvalidOperationException($"virtual clocks differ: {handEnd} vs {ourEnd}");

            // Wall-clock time, and the CPU time of the process (what a busy machine's other processes do not add to).
            var wall = new double[4];
            var cpu = new double[4];
            Array.Fill(wall, double.MaxValue);
            Array.Fill(cpu, double.MaxValue);
            var work = new Func<double>[]
            {
                () => switches.HandWritten(), () => switches.Scheduler(),
                () => timers.HandWritten(), () => timers.Scheduler(),
            };
            var process = Process.GetCurrentProcess();
            for (int round = 0; round < rounds; round++)
            {
                for (int k = 0; k < work.Length; k++)
                {
                    if ((only == "switches" && k >= 2) || (only == "timers" && k < 2)) continue;
                    process.Refresh();
                    var cpuStart = process.TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    work[k]();
                    wall[k] = Math.Min(wall[k], watch.Elapsed.TotalSeconds);
                    process.Refresh();
                    cpu[k] = Math.Min(cpu[k], (process.TotalProcessorTime - cpuStart).TotalSeconds);
                }
            }
            const double ops = 1_000_000;
            Console.WriteLine($"best of {rounds} rounds, the peers taking turns; {Environment.ProcessorCount} cores");
            Console.WriteLine("| suite | implementation | ns/op (wall) | M ops/s (wall) | time / hand-written (wall) | ns/op (CPU) | time / hand-written (CPU) |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
            string[] names = { "hand-written Queue + iterators", "Scheduler + generated frames", "hand-written PriorityQueue + iterators", "Scheduler.Virtual + generated frames" };
            for (int k = 0; k < 4; k++)
            {
                if (wall[k] == double.MaxValue) continue;
                string suite = k < 2 ? "switches (10,000 x 100)" : "timers (100,000 x 10)";
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:F1} | {3:F1} | {4:F2} | {5:F1} | {6:F2} |",
                    suite, names[k], wall[k] * 1e9 / ops, ops / wall[k] / 1e6, wall[k] / wall[k & ~1], cpu[k] * 1e9 / ops, cpu[k] / cpu[k & ~1]));
            }
            return 0;
        }
    }
}
