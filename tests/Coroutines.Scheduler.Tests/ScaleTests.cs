using System;
using System.Collections.Generic;
using System.Diagnostics;
using Xunit;

namespace Coroutines.SchedulerTests
{
    [CollectionDefinition(nameof(ScaleTests), DisableParallelization = true)]
    public class ScaleCollection
    {
    }

    /// <summary>Memory and allocation measurements: run alone, so that other tests do not allocate meanwhile.</summary>
    [Collection(nameof(ScaleTests))]
    public class ScaleTests
    {
        [Fact]
        public void A_hundred_thousand_tasks_finish_and_the_scheduler_keeps_none_of_them()
        {
            var s = Scheduler.Virtual();
            long before = GC.GetTotalMemory(forceFullCollection: true);
            for (int i = 0; i < 100_000; i++) s.Spawn(Tasks.Nap(0.001 * (i % 100), 3));
            var watch = Stopwatch.StartNew();
            s.Run();
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
            Assert.Equal(0, s.TaskCount);
            long after = GC.GetTotalMemory(forceFullCollection: true);
            // What is left is the grown ready queue and timer heap (a few MB at most), not the 100,000 tasks and frames.
            Assert.True(after - before < 6_000_000, $"{after - before:N0} bytes retained");
            GC.KeepAlive(s);
        }

        [Fact]
        public void A_hundred_thousand_tasks_spawned_over_time_run_in_bounded_memory()
        {
            var s = Scheduler.Virtual();
            var spawner = s.Spawn(Tasks.Spawner(s, 100_000, 1_000));
            long peak = 0;
            long baseline = GC.GetTotalMemory(forceFullCollection: true);
            int peakTasks = 0;
            while (!spawner.IsCompleted || s.TaskCount > 0)
            {
                s.RunFor(0.05);
                peakTasks = Math.Max(peakTasks, s.TaskCount);
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - baseline);
            }
            Assert.True(peakTasks <= 3_000, peakTasks.ToString());
            long retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            Assert.True(retained < 2_000_000, $"{retained:N0} bytes retained");
            Assert.Equal(1.0, s.Now, 6);        // 100 batches, 0.01 s apart
        }

        [Fact]
        public void A_task_switch_allocates_nothing_once_warm()
        {
            var s = Scheduler.Virtual();
            for (int i = 0; i < 1_000; i++) s.Spawn(Tasks.Spin(100));
            s.Run();                                            // warm: queue grown, code jitted
            for (int i = 0; i < 1_000; i++) s.Spawn(Tasks.Spin(1_000));
            long before = GC.GetAllocatedBytesForCurrentThread();
            s.Run();                                            // 1,000,000 switches
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(0, allocated);
        }

        [Fact]
        public void A_timer_event_allocates_nothing_once_warm()
        {
            var s = Scheduler.Virtual();
            for (int i = 0; i < 10_000; i++) s.Spawn(Tasks.Nap(0.001 * (i % 97 + 1), 10));
            s.Run();                                            // warm: heap grown, code jitted
            for (int i = 0; i < 10_000; i++) s.Spawn(Tasks.Nap(0.001 * (i % 89 + 1), 50));
            long before = GC.GetAllocatedBytesForCurrentThread();
            s.Run();                                            // 500,000 timer events
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(0, allocated);
        }
    }
}
