using System;
using System.Collections.Generic;
using Xunit;

namespace Coroutines.SchedulerTests
{
    public class JoinTests
    {
        [Fact]
        public void Join_waits_and_returns_the_result()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var worker = s.Spawn(Tasks.ValueAfter(5, 2.0));
            var joiner = s.Spawn(Tasks.Join(log, "J", worker));
            s.Run();
            Assert.Equal("J joins J got 5", log.Join());
            Assert.Equal(TaskState.Completed, joiner.State);
            Assert.Equal(5, worker.Result);
            Assert.Equal(2.0, s.Now);
        }

        [Fact]
        public void Joiners_resume_in_the_order_they_joined_at_the_tail_of_the_ready_queue()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var worker = s.Spawn(Tasks.Value(1, 2));
            s.Spawn(Tasks.Join(log, "J3", worker));
            s.Spawn(Tasks.Join(log, "J1", worker));
            s.Spawn(Tasks.Steps(log, "S", 4));
            s.Spawn(Tasks.Join(log, "J2", worker));
            s.Run();
            // Round 1: worker yields, J3 J1 join, S1, J2 joins. Round 2: worker yields, S2. Round 3: worker returns,
            // so J3 J1 J2 go to the tail behind S: S3, then the joiners in join order, then S4.
            Assert.Equal("J3 joins J1 joins S1 J2 joins S2 S3 J3 got 1 J1 got 1 J2 got 1 S4", log.Join());
        }

        [Fact]
        public void Join_on_a_finished_task_returns_at_once()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var worker = s.Spawn(Tasks.Value(9, 0));
            Assert.Equal(9, s.RunUntilComplete(worker));
            var joiner = s.Spawn(Tasks.Join(log, "J", worker));
            Assert.Equal(1, s.Tick());
            Assert.Equal("J joins J got 9", log.Join());
            Assert.Equal(TaskState.Completed, joiner.State);
        }

        [Fact]
        public void Join_on_a_failed_task_rethrows_its_own_exception_and_counts_as_observing_it()
        {
            var boom = new InvalidOperationException("boom");
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var failures = Kit.Failures(s);
            var worker = s.Spawn(Tasks.FailAfter(boom, 1));
            s.Spawn(Tasks.JoinCatching(log, worker));
            s.Run();
            Assert.Equal("caught InvalidOperationException: boom", log.Join());
            Assert.Empty(failures);
            Assert.Same(boom, worker.Exception);
        }

        [Fact]
        public void Join_on_an_already_failed_task_rethrows_at_once()
        {
            var boom = new InvalidOperationException("boom");
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var failures = Kit.Failures(s);
            var worker = s.Spawn(Tasks.FailAfter(boom, 0));
            s.Tick();
            s.Tick();
            Assert.Equal(TaskState.Faulted, worker.State);
            Assert.Equal(new[] { "FailAfter: boom" }, failures);    // nobody was joining when it failed
            s.Spawn(Tasks.JoinCatching(log, worker));
            s.Tick();
            Assert.Equal("caught InvalidOperationException: boom", log.Join());
            s.Run();    // the joiner observed the failure: Run has nothing to report
        }

        [Fact]
        public void Join_on_a_cancelled_task_throws_OperationCanceledException()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var waiting = s.Spawn(Tasks.ValueAfter(1, 10));
            s.Spawn(Tasks.JoinCatching(log, waiting));
            s.RunFor(1);
            waiting.Cancel();
            var already = s.Spawn(Tasks.ValueAfter(2, 10));
            already.Cancel();
            s.Spawn(Tasks.JoinCatching(log, already));
            s.Run();
            Assert.Equal(2, log.Count);
            Assert.All(log, line => Assert.StartsWith("caught OperationCanceledException: Task #", line));
            Assert.IsType<OperationCanceledException>(waiting.Exception);
            Assert.Equal(1.0, s.Now);
        }

        [Fact]
        public void JoinAll_returns_the_results_in_argument_order()
        {
            var s = Scheduler.Virtual();
            var a = s.Spawn(Tasks.ValueAfter(1, 0.3));
            var b = s.Spawn(Tasks.ValueAfter(2, 0.1));
            var c = s.Spawn(Tasks.ValueAfter(3, 0.2));
            var all = s.Spawn(Tasks.JoinAll(new[] { a, b, c }));
            var list = s.Spawn(Tasks.JoinAllList(new List<TaskHandle<int>> { c, a }));
            var two = s.Spawn(Tasks.JoinTwo(b, a));
            s.Run();
            Assert.Equal(new[] { 1, 2, 3 }, all.Result);
            Assert.Equal(new[] { 3, 1 }, list.Result);
            Assert.Equal(new[] { 2, 1 }, two.Result);
            Assert.Equal(0.3, s.Now);
        }

        [Fact]
        public void JoinAll_of_nothing_or_of_finished_tasks_returns_at_once()
        {
            var s = Scheduler.Virtual();
            var a = s.Spawn(Tasks.Value(4, 0));
            s.RunUntilComplete(a);
            var none = s.Spawn(Tasks.JoinAll(Array.Empty<TaskHandle<int>>()));
            var done = s.Spawn(Tasks.JoinAll(new[] { a, a }));
            Assert.Equal(2, s.Tick());
            Assert.Empty(none.Result);
            Assert.Equal(new[] { 4, 4 }, done.Result);
        }

        [Fact]
        public void JoinAll_rethrows_the_first_failure_to_occur_and_leaves_the_others_running()
        {
            var first = new InvalidOperationException("first");
            var second = new ArgumentException("second");
            var s = Scheduler.Virtual();
            var failures = Kit.Failures(s);
            var late = s.Spawn(Tasks.FailAfter(second, 0.3));
            var early = s.Spawn(Tasks.FailAfter(first, 0.1));
            var ok = s.Spawn(Tasks.ValueAfter(3, 0.5));
            var all = s.Spawn(Tasks.JoinAll(new[] { late, early, ok }));
            var aggregate = Assert.Throws<AggregateException>(s.Run);
            Assert.Equal(TaskState.Completed, ok.State);            // kept running
            // The joiner failed with the first failure (nobody joined the joiner); nobody joined the second failure any more.
            Assert.Equal(new[] { "JoinAll: first", "FailAfter: second" }, failures);
            Assert.Equal(new Exception[] { first, second }, aggregate.InnerExceptions);
            Assert.Same(first, all.Exception);
            Assert.Equal(0.5, s.Now);
        }

        [Fact]
        public void JoinAll_on_an_already_failed_task_rethrows_at_once()
        {
            var boom = new InvalidOperationException("boom");
            var s = Scheduler.Virtual();
            var failed = s.Spawn(Tasks.FailAfter(boom, 0));
            var slow = s.Spawn(Tasks.ValueAfter(1, 5));
            s.RunFor(0);
            Assert.Equal(TaskState.Faulted, failed.State);
            var all = s.Spawn(Tasks.JoinAll(new[] { slow, failed }));
            s.Tick();
            Assert.Same(boom, all.Exception);
        }

        [Fact]
        public void JoinAll_of_different_result_types_waits_for_all_and_rethrows_a_failure()
        {
            var s = Scheduler.Virtual();
            var number = s.Spawn(Tasks.ValueAfter(5, 0.2));
            var text = s.Spawn(Tasks.Text("x", 0.1));
            var mixed = s.Spawn(Tasks.JoinMixed(number, text));
            s.Run();
            Assert.Equal("x5", mixed.Result);

            var boom = new InvalidOperationException("boom");
            var s2 = Scheduler.Virtual();
            var bad = s2.Spawn(Tasks.FailAfter(boom, 0.1));
            var slow = s2.Spawn(Tasks.Text("y", 1));
            var joiner = s2.Spawn(Tasks.JoinMixed(bad, slow));
            var aggregate = Assert.Throws<AggregateException>(s2.Run);
            Assert.Same(boom, Assert.Single(aggregate.InnerExceptions));   // the joiner's failure: the same exception
            Assert.Same(boom, joiner.Exception);
            Assert.Equal(1.0, s2.Now);
        }

        [Fact]
        public void JoinAny_returns_the_first_task_to_finish_and_leaves_the_others_running()
        {
            var s = Scheduler.Virtual();
            var a = s.Spawn(Tasks.ValueAfter(1, 0.3));
            var b = s.Spawn(Tasks.ValueAfter(2, 0.1));
            var c = s.Spawn(Tasks.ValueAfter(3, 0.2));
            var any = s.Spawn(Tasks.JoinAny(new[] { a, b, c }));
            s.RunUntilComplete(any);
            Assert.Same(b, any.Result);
            Assert.Equal(0.1, s.Now);
            Assert.False(a.IsCompleted);
            s.Run();
            Assert.True(a.IsCompleted && c.IsCompleted);
        }

        [Fact]
        public void JoinAny_with_finished_tasks_returns_the_earliest_at_once()
        {
            var s = Scheduler.Virtual();
            var a = s.Spawn(Tasks.Value(1, 2));
            var b = s.Spawn(Tasks.Value(2, 1));
            var c = s.Spawn(Tasks.ValueAfter(3, 9));
            s.RunUntilComplete(a);
            var any = s.Spawn(Tasks.JoinAny(new[] { c, a, b }));
            s.Tick();
            Assert.Same(b, any.Result);
        }

        [Fact]
        public void JoinAny_returns_a_failed_task_without_throwing()
        {
            var boom = new InvalidOperationException("boom");
            var s = Scheduler.Virtual();
            var failures = Kit.Failures(s);
            var bad = s.Spawn(Tasks.FailAfter(boom, 0.1));
            var text = s.Spawn(Tasks.Text("late", 1));
            var any = s.Spawn(Tasks.JoinAnyMixed(bad, text));
            s.RunUntilComplete(any);
            Assert.Same(bad, any.Result);
            Assert.Single(failures);            // JoinAny hands the task over; it does not observe its failure
            Assert.Same(boom, any.Result.Exception);
            s.Run();                            // reading the exception observed it
        }

        [Fact]
        public void A_task_cannot_join_itself()
        {
            var s = Scheduler.Virtual();
            var holder = new List<TaskHandle>();
            var self = s.Spawn(Tasks.JoinFirst(holder));
            holder.Add(self);
            s.Tick();
            var e = Assert.IsType<InvalidOperationException>(self.Exception);
            Assert.Contains("cannot join itself", e.Message);
        }

        [Fact]
        public void A_task_of_another_scheduler_cannot_be_joined()
        {
            var other = Scheduler.Virtual();
            var foreign = other.Spawn(Tasks.Value(1, 0));
            var s = Scheduler.Virtual();
            var joiner = s.Spawn(Tasks.JoinBase(foreign));
            s.Tick();
            Assert.Contains("another scheduler", Assert.IsType<InvalidOperationException>(joiner.Exception).Message);
        }

        [Fact]
        public void JoinAny_again_and_again_on_a_long_task_keeps_working()
        {
            var s = Scheduler.Virtual();
            var slow = s.Spawn(Tasks.ValueAfter(-1, 100));
            var racer = s.Spawn(Tasks.RaceMany(s, slow, 10_000));
            var joiner = s.Spawn(Tasks.JoinAll(new[] { slow }));
            s.Run();
            Assert.Equal(10_000, racer.Result);
            Assert.Equal(new[] { -1 }, joiner.Result);      // the one live registration among many stale ones
            Assert.Equal(100, s.Now);
        }
    }
}
