using System;
using System.Collections.Generic;
using Xunit;

namespace Coroutines.SchedulerTests
{
    public class InterruptTests
    {
        [Fact]
        public void An_interrupt_caught_by_the_task_lets_it_go_on()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var victim = s.Spawn(Tasks.SleepCatching(log, 1.0, 2));
            s.Spawn(Tasks.Interrupts(victim, new InvalidOperationException("wake up"), 0.25));
            s.Run();
            Assert.Equal("interrupted@0.25: wake up slept@1.25", log.Join());
            Assert.Equal(TaskState.Completed, victim.State);
            Assert.Equal(1.25, s.Now);     // the timer the interrupt cut short (1.0) moved nothing
        }

        [Fact]
        public void An_abandoned_timer_does_not_move_the_virtual_clock()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var victim = s.Spawn(Tasks.SleepCatching(log, 100, 1));
            s.Spawn(Tasks.Interrupts(victim, new InvalidOperationException("now"), 2));
            s.Run();
            Assert.Equal("interrupted@2: now", log.Join());
            Assert.Equal(2, s.Now);
        }

        [Fact]
        public void An_uncaught_interrupt_faults_the_task_with_that_exception()
        {
            var stop = new ArgumentException("stop");
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var failures = Kit.Failures(s);
            var victim = s.Spawn(Tasks.SleepThenLog(log, "v", 5));
            s.Spawn(Tasks.Interrupts(victim, stop, 1));
            var aggregate = Assert.Throws<AggregateException>(s.Run);
            Assert.Same(stop, Assert.Single(aggregate.InnerExceptions));
            Assert.Equal(new[] { "SleepThenLog: stop" }, failures);
            Assert.Equal(TaskState.Faulted, victim.State);
            Assert.Same(stop, victim.Exception);
            Assert.Empty(log);
            Assert.Equal(1, s.Now);
        }

        [Fact]
        public void An_interrupt_ends_a_join_and_the_joined_task_keeps_running()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var worker = s.Spawn(Tasks.ValueAfter(1, 10));
            var joiner = s.Spawn(Tasks.JoinCatching(log, worker));
            s.Spawn(Tasks.Interrupts(joiner, new InvalidOperationException("stop waiting"), 1));
            s.Run();
            Assert.Equal("caught InvalidOperationException: stop waiting", log.Join());
            Assert.Equal(1, worker.Result);
            Assert.Equal(10, s.Now);
        }

        [Fact]
        public void An_interrupt_is_delivered_at_the_tasks_next_turn_not_inside_the_call()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var victim = s.Spawn(Tasks.SleepCatching(log, 1, 1));
            s.Spawn(Tasks.Steps(log, "S", 2));
            s.Tick();                                                  // victim sleeps, S1
            Assert.True(victim.Interrupt(new InvalidOperationException("hey")));
            Assert.Equal(TaskState.Ready, victim.State);
            Assert.Equal("S1", log.Join());
            s.Tick();                                                  // S2, then the victim at the tail
            Assert.Equal("S1 S2 interrupted@0: hey", log.Join());
        }

        [Fact]
        public void Interrupts_sent_before_a_turn_are_delivered_one_per_turn_in_order()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var victim = s.Spawn(Tasks.SleepCatching(log, 1, 3));
            s.Tick();
            victim.Interrupt(new InvalidOperationException("one"));
            victim.Interrupt(new InvalidOperationException("two"));
            s.Run();
            Assert.Equal("interrupted@0: one interrupted@0: two slept@1", log.Join());
        }

        [Fact]
        public void Interrupting_a_finished_task_does_nothing()
        {
            var s = Scheduler.Virtual();
            var done = s.Spawn(Tasks.Value(1, 0));
            s.Run();
            Assert.False(done.Interrupt(new InvalidOperationException()));
            Assert.Equal(TaskState.Completed, done.State);
        }

        [Fact]
        public void Interrupting_an_awaiting_task_stops_the_wait()
        {
            var log = new List<string>();
            var never = new System.Threading.Tasks.TaskCompletionSource<int>();
            var s = Scheduler.Virtual();
            var victim = s.Spawn(Tasks.Await(log, never.Task));
            s.Tick();
            Assert.Equal(TaskState.Awaiting, victim.State);
            victim.Interrupt(new InvalidOperationException("enough"));
            s.Run();
            Assert.Equal("caught InvalidOperationException: enough", log.Join());
        }
    }
}
