using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Coroutines
{
    public sealed partial class Scheduler
    {
        /// <summary>How many tasks are in <see cref="TaskState.Awaiting"/>.</summary>
        private int awaiting;
        private readonly object inboxLock = new object();
        /// <summary>Completed awaits posted by .NET task continuations (any thread), drained by the scheduler's thread.</summary>
        private List<Completion> inbox = new List<Completion>();
        private List<Completion> draining = new List<Completion>();
        private volatile int inboxCount;
        /// <summary>Set when an await completes or the next timer is due (non-virtual clocks): what an idle scheduler waits on.</summary>
        private ManualResetEventSlim? wakeUp;

        private readonly struct Completion
        {
            public Completion(TaskHandle task, long waitId)
            {
                Task = task;
                WaitId = waitId;
            }

            public TaskHandle Task { get; }

            public long WaitId { get; }
        }

        /// <summary>Parks <paramref name="task"/> until <paramref name="awaited"/> completes; false when it already has.</summary>
        private bool Await(TaskHandle task, Task awaited, bool raises)
        {
            if (awaited.IsCompleted)
            {
                if (raises) task.pendingThrow = FailureOf(awaited);
                return false;
            }
            wakeUp ??= new ManualResetEventSlim(false);
            task.waitKind = CoSignalKind.Await;
            task.waitTarget = awaited;
            task.raisesOnResume = raises;
            task.state = TaskState.Awaiting;
            awaiting++;
            long waitId = task.waitId;
            awaited.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => Post(task, waitId));
            return true;
        }

        /// <summary>Runs where the .NET task completes (any thread): hands the awaiter over to the scheduler's thread.</summary>
        private void Post(TaskHandle task, long waitId)
        {
            lock (inboxLock)
            {
                inbox.Add(new Completion(task, waitId));
                inboxCount = inbox.Count;
            }
            wakeUp!.Set();
        }

        /// <summary>Sends the tasks whose .NET task has completed to the ready tail, in completion order.</summary>
        private void DrainInbox()
        {
            List<Completion> batch;
            lock (inboxLock)
            {
                batch = inbox;
                inbox = draining;
                inboxCount = 0;
            }
            foreach (var done in batch)
            {
                var task = done.Task;
                if (task.waitId != done.WaitId || task.state != TaskState.Awaiting) continue;
                awaiting--;
                if (task.raisesOnResume) task.pendingThrow = FailureOf((Task)task.waitTarget!);
                Wake(task);
            }
            batch.Clear();
            draining = batch;
        }

        /// <summary>What <c>await</c> would throw for a completed task: its first exception, or a cancellation; null when it succeeded.</summary>
        private static Exception? FailureOf(Task awaited)
        {
            if (awaited.IsCanceled) return new TaskCanceledException(awaited);
            if (awaited.IsFaulted)
            {
                var all = awaited.Exception!;
                return all.InnerExceptions.Count > 0 ? all.InnerExceptions[0] : all;
            }
            return null;
        }

        /// <summary>
        /// Blocks the scheduler's thread until an await completes or the clock reaches <paramref name="target"/> (ticks since
        /// creation; <see cref="long.MaxValue"/>: no timer).
        /// </summary>
        private void BlockUntil(long target)
        {
            var signal = wakeUp ??= new ManualResetEventSlim(false);
            signal.Reset();
            if (inboxCount != 0) return;
            if (target == long.MaxValue || clock == null) signal.Wait();
            else clock.WaitUntil(target, signal);
        }
    }
}
