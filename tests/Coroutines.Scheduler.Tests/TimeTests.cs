using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Coroutines.SchedulerTests
{
    public class TimeTests
    {
        private static List<string> Simulate()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var handles = new List<TaskHandle<int>>();
            for (int i = 0; i < 20; i++)
            {
                s.Spawn(Tasks.Chatty(log, "c" + i, 0.1 * (i % 7 + 1), 5));
                handles.Add(s.Spawn(Tasks.ValueAfter(i, 0.05 * (i % 5))));
            }
            for (int i = 0; i < 5; i++) s.Spawn(Tasks.Join(log, "j" + i, handles[i * 3]));
            s.Spawn(Tasks.SleepLoop(log, "z", 0, 10));
            s.Run();
            log.Add("end@" + s.Now);
            return log;
        }

        [Fact]
        public void Virtual_time_runs_are_deterministic()
        {
            var first = Simulate();
            var second = Simulate();
            Assert.Equal(first, second);
            Assert.Equal("end@3.5", first[^1]);
        }

        [Fact]
        public void RunFor_and_RunUntil_run_every_timer_due_up_to_and_including_the_deadline_and_leave_the_clock_there()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.SleepThenLog(log, "a", 1));
            s.Spawn(Tasks.SleepThenLog(log, "b", 2));
            s.Spawn(Tasks.SleepThenLog(log, "c", 3));
            s.Spawn(Tasks.SleepThenLog(log, "d", 4));
            s.RunFor(2);
            Assert.Equal("a@1 b@2", log.Join());
            Assert.Equal(2, s.Now);
            s.RunFor(TimeSpan.FromSeconds(0.5));
            Assert.Equal("a@1 b@2", log.Join());
            Assert.Equal(2.5, s.Now);
            s.RunUntil(3);
            Assert.Equal("a@1 b@2 c@3", log.Join());
            Assert.Equal(3, s.Now);
            s.RunUntil(TimeSpan.FromSeconds(10));
            Assert.Equal("a@1 b@2 c@3 d@4", log.Join());
            Assert.Equal(10, s.Now);
            s.RunUntil(5);                              // the clock never goes back
            Assert.Equal(10, s.Now);
            Assert.Equal(TimeSpan.FromSeconds(10), s.Elapsed);
        }

        [Fact]
        public void RunFor_runs_ready_tasks_at_the_current_time_first()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.Steps(log, "A", 2));
            s.Spawn(Tasks.SleepThenLog(log, "t", 0));
            s.RunFor(0);
            Assert.Equal("A1 A2 t@0", log.Join());
            Assert.Equal(0, s.TaskCount);
        }

        [Fact]
        public void Tick_resumes_each_task_ready_at_its_start_once_and_never_moves_the_clock()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.Steps(log, "A", 3));
            s.Spawn(Tasks.SleepLoop(log, "Z", 0, 3));
            s.Spawn(Tasks.SleepThenLog(log, "late", 1));
            Assert.Equal(3, s.Tick());
            Assert.Equal("A1 Z1", log.Join());
            s.Spawn(Tasks.Steps(log, "B", 1));
            Assert.Equal(3, s.Tick());              // A, Z (a zero sleep is a yield) and the new B; "late" is not due
            Assert.Equal("A1 Z1 A2 Z2 B1", log.Join());
            Assert.Equal(0, s.Now);
            while (s.Tick() > 0) { }
            Assert.Equal("A1 Z1 A2 Z2 B1 A3 Z3", log.Join());
            Assert.Equal(1, s.TaskCount);           // "late" sleeps on: Tick does not move the virtual clock
            Assert.Equal(0, s.Now);
            s.RunFor(1);
            Assert.Equal("A1 Z1 A2 Z2 B1 A3 Z3 late@1", log.Join());
        }

        [Fact]
        public void Tick_leaves_tasks_that_become_ready_during_the_tick_for_the_next_one()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var worker = s.Spawn(Tasks.Value(1, 1));
            s.Spawn(Tasks.Join(log, "J", worker));
            Assert.Equal(2, s.Tick());
            Assert.Equal(1, s.Tick());      // the worker finishes; its joiner goes to the ready queue for the next tick
            Assert.Equal("J joins", log.Join());
            Assert.Equal(1, s.Tick());
            Assert.Equal("J joins J got 1", log.Join());
            Assert.Equal(0, s.Tick());
        }

        [Fact]
        public void A_FakeTimeProvider_drives_a_non_virtual_scheduler()
        {
            var fake = new FakeTimeProvider();
            var log = new List<string>();
            var s = new Scheduler(fake);
            Assert.False(s.IsVirtual);
            Assert.Same(fake, s.TimeProvider);
            s.Spawn(Tasks.Chatty(log, "A", 0.5, 3));
            s.Spawn(Tasks.SleepSpanThenLog(log, "b", TimeSpan.FromMilliseconds(700)));
            s.Tick();
            Assert.Equal("A0@0", log.Join());
            Assert.Equal(0, s.Tick());
            fake.Advance(TimeSpan.FromMilliseconds(500));
            Assert.Equal(1, s.Tick());
            Assert.Equal("A0@0 A1@0.5", log.Join());
            fake.Advance(TimeSpan.FromMilliseconds(499));
            Assert.Equal(1, s.Tick());
            Assert.Equal("A0@0 A1@0.5 b@0.999", log.Join());
            fake.Advance(TimeSpan.FromMilliseconds(1));
            s.Tick();
            Assert.Equal("A0@0 A1@0.5 b@0.999 A2@1", log.Join());
            Assert.Equal(1, s.Now);
        }

        [Fact]
        public void A_scheduler_on_a_FakeTimeProvider_waits_for_the_fake_clock()
        {
            var fake = new FakeTimeProvider();
            var log = new List<string>();
            var s = new Scheduler(fake);
            var task = s.Spawn(Tasks.Chatty(log, "A", 1, 3));
            Exception? failure = null;
            var runner = new Thread(() =>
            {
                try
                {
                    s.RunUntilComplete(task);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            });
            runner.Start();
            var watch = Stopwatch.StartNew();
            while (!task.IsCompleted && watch.Elapsed < TimeSpan.FromSeconds(30))
            {
                Thread.Sleep(5);
                fake.Advance(TimeSpan.FromMilliseconds(250));
            }
            Assert.True(runner.Join(TimeSpan.FromSeconds(30)));
            Assert.Null(failure);
            Assert.Equal(3, log.Count);
            Assert.StartsWith("A0@0 A1@", log.Join());
        }

        [Fact]
        public void A_system_clock_scheduler_sleeps_in_real_time()
        {
            var log = new List<string>();
            var s = new Scheduler();
            Assert.Same(TimeProvider.System, s.TimeProvider);
            var watch = Stopwatch.StartNew();
            s.Spawn(Tasks.SleepThenLog(log, "a", 0.05));
            s.Spawn(Tasks.SleepSpanThenLog(log, "b", TimeSpan.FromMilliseconds(20)));
            s.Run();
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(49), watch.Elapsed.ToString());
            Assert.StartsWith("b@", log[0]);
            Assert.True(s.Now >= 0.05);
        }

        [Fact]
        public void RunFor_on_a_system_clock_waits_out_the_duration()
        {
            var s = new Scheduler();
            var watch = Stopwatch.StartNew();
            s.RunFor(0.03);
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(29), watch.Elapsed.ToString());
            Assert.True(s.Now >= 0.03);
        }
    }
}
