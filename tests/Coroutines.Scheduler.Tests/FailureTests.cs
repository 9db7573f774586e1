using System;
using System.Collections.Generic;
using Xunit;

namespace Coroutines.SchedulerTests
{
    public class FailureTests
    {
        [Fact]
        public void An_exception_in_one_task_is_recorded_on_its_handle_and_never_stops_the_others()
        {
            var boom = new InvalidOperationException("boom");
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var a = s.Spawn(Tasks.Steps(log, "A", 3));
            var bad = s.Spawn(Tasks.FailAfter(boom, 0));
            var c = s.Spawn(Tasks.Chatty(log, "C", 1, 2));
            var aggregate = Assert.Throws<AggregateException>(s.Run);
            Assert.Equal("A1 C0@0 A2 A3 C1@1", log.Join());
            Assert.Equal(TaskState.Completed, a.State);
            Assert.Equal(TaskState.Completed, c.State);
            Assert.Equal(TaskState.Faulted, bad.State);
            Assert.Same(boom, bad.Exception);                               // its own exception, not wrapped
            Assert.Same(boom, Assert.Single(aggregate.InnerExceptions));
            Assert.Same(boom, Assert.Throws<InvalidOperationException>(() => bad.Result));
        }

        [Fact]
        public void A_failure_nobody_joined_raises_TaskFailed_when_it_happens()
        {
            var boom = new InvalidOperationException("boom");
            var s = Scheduler.Virtual();
            var seen = new List<string>();
            s.TaskFailed += (sender, e) =>
            {
                Assert.Same(s, sender);
                Assert.Same(boom, e.Exception);
                seen.Add(e.Task.Name + "@" + s.Now);
                e.SetObserved();
            };
            s.Spawn(Tasks.FailAfter(boom, 2.5));
            s.Spawn(Tasks.Nap(1, 5));
            s.Run();                                   // the handler observed it: nothing to throw
            Assert.Equal(new[] { "FailAfter@2.5" }, seen);
            Assert.Equal(5, s.Now);
        }

        [Fact]
        public void Reading_the_exception_before_Run_ends_observes_the_failure()
        {
            var s = Scheduler.Virtual();
            var bad = s.Spawn(Tasks.FailNow(new InvalidOperationException("x")));
            s.Tick();
            Assert.NotNull(bad.Exception);
            s.Run();
        }

        [Fact]
        public void Run_throws_every_unobserved_failure_once()
        {
            var one = new InvalidOperationException("one");
            var two = new ArgumentException("two");
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.FailAfter(two, 2));
            s.Spawn(Tasks.FailAfter(one, 1));
            var aggregate = Assert.Throws<AggregateException>(s.Run);
            Assert.Equal(new Exception[] { one, two }, aggregate.InnerExceptions);
            s.Spawn(Tasks.Value(1, 1));
            s.Run();                                   // reported already
        }

        [Fact]
        public void Handles_tell_state_result_and_exception()
        {
            var s = Scheduler.Virtual();
            var ok = s.Spawn(Tasks.ValueAfter(3, 1));
            Assert.Equal(TaskState.Ready, ok.State);
            Assert.False(ok.IsCompleted);
            Assert.Null(ok.Exception);
            Assert.Throws<InvalidOperationException>(() => ok.Result);
            s.Tick();
            Assert.Equal(TaskState.Sleeping, ok.State);
            s.Run();
            Assert.Equal(TaskState.Completed, ok.State);
            Assert.Equal(3, ok.Result);
            Assert.Null(ok.Exception);
        }

        [Fact]
        public void Tasks_that_nothing_can_wake_make_Run_throw_with_their_locations()
        {
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.Forever());
            var holder = new List<TaskHandle>();
            var a = s.Spawn(Tasks.JoinFirst(holder));
            var b = s.Spawn(Tasks.JoinFirst(new List<TaskHandle> { a }));
            holder.Add(b);
            var e = Assert.Throws<InvalidOperationException>(s.Run);
            Assert.Contains("3 tasks wait", e.Message);
            Assert.Contains("#1 Forever Sleeping at ", e.Message);
            Assert.Contains("#2 JoinFirst Joining at ", e.Message);
            Assert.Contains("Tasks.cs:", e.Message);
        }

        [Fact]
        public void RunUntilComplete_returns_the_result_or_rethrows_the_failure()
        {
            var boom = new InvalidOperationException("boom");
            var s = Scheduler.Virtual();
            var slow = s.Spawn(Tasks.ValueAfter(1, 10));
            Assert.Equal(2, s.RunUntilComplete(s.Spawn(Tasks.ValueAfter(2, 1))));
            Assert.Same(boom, Assert.Throws<InvalidOperationException>(() => s.RunUntilComplete(s.Spawn(Tasks.FailAfter(boom, 1)))));
            Assert.False(slow.IsCompleted);
            Assert.Equal(2, s.Now);
            s.Run();                                   // RunUntilComplete observed the failure it rethrew
            Assert.Equal(1, slow.Result);
        }

        [Fact]
        public void The_running_scheduler_is_current_and_does_not_nest()
        {
            var seen = new List<Scheduler?>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.RecordCurrent(seen));
            var nested = s.Spawn(Tasks.RunsScheduler(s));
            s.Tick();
            Assert.Equal(new[] { s }, seen);
            Assert.Null(Scheduler.Current);
            Assert.Contains("already running", Assert.IsType<InvalidOperationException>(nested.Exception).Message);
        }
    }
}
