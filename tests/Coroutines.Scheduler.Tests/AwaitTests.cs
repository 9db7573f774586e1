using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Coroutines.SchedulerTests
{
    public class AwaitTests
    {
        [Fact]
        public void Awaiting_a_completed_task_goes_on_at_once()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var plain = s.Spawn(Tasks.Await(log, Task.CompletedTask));
            var value = s.Spawn(Tasks.AwaitValue(Task.FromResult(41)));
            Assert.Equal(2, s.Tick());
            Assert.Equal("awaited", log.Join());
            Assert.Equal(TaskState.Completed, plain.State);
            Assert.Equal(42, value.Result);
        }

        [Fact]
        public void Awaiting_a_faulted_task_rethrows_its_first_exception_as_await_does()
        {
            var log = new List<string>();
            var boom = new InvalidOperationException("boom");
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.Await(log, Task.FromException(boom)));
            var value = s.Spawn(Tasks.AwaitValue(Task.FromException<int>(boom)));
            Assert.Throws<AggregateException>(s.Run);
            Assert.Equal("caught InvalidOperationException: boom", log.Join());
            Assert.Same(boom, value.Exception);
        }

        [Fact]
        public void Awaiting_a_cancelled_task_throws_TaskCanceledException()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            s.Spawn(Tasks.Await(log, Task.FromCanceled(new CancellationToken(true))));
            var value = s.Spawn(Tasks.AwaitValue(Task.FromCanceled<int>(new CancellationToken(true))));
            Assert.Throws<AggregateException>(s.Run);
            Assert.StartsWith("caught TaskCanceledException", log.Join());
            Assert.IsType<TaskCanceledException>(value.Exception);
        }

        [Fact]
        public void Awaiting_a_task_that_completes_on_another_thread_resumes_on_the_schedulers_thread()
        {
            var threads = new List<int>();
            var s = new Scheduler();
            var task = s.Spawn(Tasks.AwaitRun(threads));
            var other = s.Spawn(Tasks.Steps(new List<string>(), "S", 3));
            Assert.Equal(42, s.RunUntilComplete(task));
            Assert.Equal(new[] { Environment.CurrentManagedThreadId, Environment.CurrentManagedThreadId }, threads);
            Assert.True(other.IsCompleted);
        }

        [Fact]
        public void A_virtual_scheduler_waits_for_a_pending_NET_task_when_nothing_else_can_run()
        {
            var threads = new List<int>();
            var s = Scheduler.Virtual();
            var task = s.Spawn(Tasks.AwaitRun(threads));
            s.Run();
            Assert.Equal(42, task.Result);
            Assert.Equal(0, s.Now);                     // a .NET task takes no virtual time
        }

        [Fact]
        public void Awaiting_a_faulted_task_that_fails_later_rethrows_on_the_schedulers_thread()
        {
            var log = new List<string>();
            var s = new Scheduler();
            var failing = Task.Run(async () =>
            {
                await Task.Delay(10).ConfigureAwait(false);
                throw new InvalidOperationException("later");
            });
            var task = s.Spawn(Tasks.Await(log, failing));
            s.RunUntilComplete(task);
            Assert.Equal("caught InvalidOperationException: later", log.Join());
        }

        [Fact]
        public void A_task_completed_by_another_task_on_virtual_time_wakes_its_awaiter()
        {
            var source = new TaskCompletionSource<int>();
            var s = Scheduler.Virtual();
            var awaiter = s.Spawn(Tasks.AwaitValue(source.Task));
            s.Spawn(Tasks.CompleteLater(source, 5, 9));
            s.Run();
            Assert.Equal(10, awaiter.Result);
            Assert.Equal(5, s.Now);
        }
    }
}
