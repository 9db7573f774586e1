using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace Coroutines.SchedulerTests
{
    public class CancelTests
    {
        [Fact]
        public void Cancel_runs_the_finally_blocks_inside_the_call()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var task = s.Spawn(Tasks.WithFinally(log, "w"));
            s.Tick();
            Assert.Equal(TaskState.Sleeping, task.State);
            Assert.True(task.Cancel());
            Assert.Equal("w start w finally", log.Join());
            Assert.Equal(TaskState.Cancelled, task.State);
            Assert.True(task.IsCompleted);
            Assert.False(task.Cancel());
            s.Run();                                   // a cancellation is not a failure to report
            Assert.Equal(0, s.Now);                    // nor does its abandoned timer move the clock
        }

        [Fact]
        public void Cancel_closes_the_innermost_delegate_first()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var task = s.Spawn(Tasks.Outer(log));
            s.Tick();
            task.Cancel();
            Assert.Equal("outer start inner start inner finally outer finally", log.Join());
            Assert.Equal(TaskState.Cancelled, task.State);
            Assert.Throws<OperationCanceledException>(() => task.Result);
        }

        [Fact]
        public void Delegation_runs_to_completion_when_not_cancelled()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var task = s.Spawn(Tasks.Outer(log));
            Assert.Equal(14, s.RunUntilComplete(task));
            Assert.Equal("outer start inner start inner woke inner finally outer got 7 outer finally", log.Join());
            Assert.Equal(10, s.Now);
        }

        [Fact]
        public void A_task_can_cancel_another_and_its_joiners_see_OperationCanceledException()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var victim = s.Spawn(Tasks.WithFinally(log, "v"));
            s.Spawn(Tasks.Cancels(log, victim));
            var worker = s.Spawn(Tasks.ValueAfter(1, 10));
            var joiner = s.Spawn(Tasks.JoinCatching(log, worker));
            s.Spawn(Tasks.Cancels(log, worker));
            s.Run();
            Assert.Equal(
                "v start cancelling v finally cancelled Cancelled cancelling cancelled Cancelled caught OperationCanceledException: Task #3 ValueAfter was cancelled.",
                log.Join());
            Assert.Equal(TaskState.Completed, joiner.State);
        }

        [Fact]
        public void Cancelling_a_task_that_has_not_started_runs_none_of_its_body()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var task = s.Spawn(Tasks.WithFinally(log, "w"));
            task.Cancel();
            s.Run();
            Assert.Empty(log);
            Assert.Equal(TaskState.Cancelled, task.State);
        }

        [Fact]
        public void A_task_cannot_cancel_itself()
        {
            var log = new List<string>();
            var holder = new List<TaskHandle>();
            var s = Scheduler.Virtual();
            holder.Add(s.Spawn(Tasks.CancelsItself(log, holder)));
            s.Run();
            Assert.Equal("refused: True", log.Join());
        }

        [Fact]
        public void A_finally_block_that_throws_while_cancelled_faults_the_task()
        {
            var s = Scheduler.Virtual();
            var failures = Kit.Failures(s);
            var task = s.Spawn(Tasks.ThrowInFinally());
            s.Tick();
            Assert.True(task.Cancel());
            Assert.Equal(TaskState.Faulted, task.State);
            Assert.Equal("from finally", task.Exception!.Message);
            Assert.Equal(new[] { "ThrowInFinally: from finally" }, failures);
        }

        [Fact]
        public void A_task_that_pauses_while_cancelled_faults_as_a_generator_that_ignored_GeneratorExit()
        {
            var s = Scheduler.Virtual();
            var task = s.Spawn(Tasks.SleepInFinally());
            s.Tick();
            task.Cancel();
            Assert.Equal(TaskState.Faulted, task.State);
            Assert.Equal("generator ignored GeneratorExit", task.Exception!.Message);
            Assert.Equal(0, s.TaskCount);
        }

        [Fact]
        public void Cancelling_an_awaiting_task_lets_Run_finish()
        {
            var log = new List<string>();
            var never = new TaskCompletionSource<int>();
            var s = Scheduler.Virtual();
            var task = s.Spawn(Tasks.Await(log, never.Task));
            s.Spawn(Tasks.Cancels(log, task));
            s.Run();
            Assert.Equal("cancelling cancelled Cancelled", log.Join());
            never.SetResult(1);                         // too late: nothing happens
            s.Run();
            Assert.Equal(TaskState.Cancelled, task.State);
        }
    }
}
