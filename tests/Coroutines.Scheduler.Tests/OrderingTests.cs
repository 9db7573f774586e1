using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Coroutines.SchedulerTests
{
    public class OrderingTests
    {
        [Fact]
        public void Ready_tasks_take_turns_round_robin()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.Steps(log, "A", 3));
            s.Spawn(Tasks.Steps(log, "B", 1));
            s.Spawn(Tasks.Steps(log, "C", 2));
            s.Run();
            Assert.Equal("A1 B1 C1 A2 C2 A3", log.Join());
        }

        [Fact]
        public void A_task_spawned_while_running_joins_the_tail_of_the_ready_queue()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.Steps(log, "A", 3));
            s.Tick();
            s.Spawn(Tasks.Steps(log, "B", 2));
            s.Run();
            Assert.Equal("A1 A2 B1 A3 B2", log.Join());
        }

        [Fact]
        public void Timers_fire_in_wake_time_order()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.SleepThenLog(log, "a", 0.3));
            s.Spawn(Tasks.SleepThenLog(log, "b", 0.1));
            s.Spawn(Tasks.SleepThenLog(log, "c", 0.2));
            s.Spawn(Tasks.SleepSpanThenLog(log, "d", TimeSpan.FromMilliseconds(150)));
            s.Run();
            Assert.Equal("b@0.1 d@0.15 c@0.2 a@0.3", log.Join());
            Assert.Equal(0.3, s.Now);
        }

        [Fact]
        public void Timers_due_at_the_same_time_fire_in_the_order_they_were_set()
        {
            // Q sets its timer for 1.0 at time 0; P sets its own for 1.0 at time 0.5, later, though P was spawned first.
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.Chatty(log, "P", 0.5, 3));
            s.Spawn(Tasks.Chatty(log, "Q", 1.0, 2));
            s.Run();
            Assert.Equal("P0@0 Q0@0 P1@0.5 Q1@1 P2@1", log.Join());
        }

        [Fact]
        public void Many_equal_timers_keep_insertion_order()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            for (int i = 0; i < 50; i++) s.Spawn(Tasks.SleepThenLog(log, "t" + i, 1));
            s.Run();
            Assert.Equal(string.Join(" ", Enumerable.Range(0, 50).Select(i => "t" + i + "@1")), log.Join());
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(-1.0)]
        [InlineData(-1e300)]
        public void Sleeping_zero_or_a_negative_time_is_a_yield(double seconds)
        {
            var yielding = new List<string>();
            var s1 = Scheduler.Virtual();
            s1.Spawn(Tasks.Steps(yielding, "A", 3));
            s1.Spawn(Tasks.Steps(yielding, "B", 2));
            s1.Spawn(Tasks.Steps(yielding, "C", 3));
            s1.Run();

            var sleeping = new List<string>();
            var s2 = Scheduler.Virtual();
            s2.Spawn(Tasks.SleepLoop(sleeping, "A", seconds, 3));
            s2.Spawn(Tasks.Steps(sleeping, "B", 2));
            s2.Spawn(Tasks.SleepLoop(sleeping, "C", seconds, 3));
            s2.Run();

            Assert.Equal(yielding.Join(), sleeping.Join());
            Assert.Equal(0, s2.Now);
        }

        [Fact]
        public void Sleeping_a_negative_TimeSpan_is_a_yield()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.SleepSpanThenLog(log, "a", TimeSpan.FromSeconds(-5)));
            s.Spawn(Tasks.Steps(log, "B", 2));
            s.Run();
            Assert.Equal("B1 a@0 B2", log.Join());
        }

        [Fact]
        public void The_virtual_clock_jumps_to_the_next_timer_as_the_seed_does()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.Chatty(log, "A", 0.5, 3));
            s.Spawn(Tasks.Chatty(log, "B", 0.3, 4));
            s.Run();
            Assert.Equal("A0@0 B0@0 B1@0.3 A1@0.5 B2@0.6 B3@0.9 A2@1", log.Join());
            Assert.Equal(1.5, s.Now);
        }

        [Fact]
        public void A_sleep_relative_to_now_reads_the_clock_inside_the_request()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.Nap(0.25, 1));
            var h = s.Spawn(Tasks.Nap(0.25, 1));
            s.RunUntilComplete(h);
            s.Spawn(Tasks.LogNowAfterSleepUntil(log, 2));
            s.Run();
            Assert.Equal("woke@2", log.Join());
        }
    }
}
