using System;

namespace Coroutines
{
    /// <summary>A task faulted and nobody was joining it: the arguments of <see cref="Scheduler.TaskFailed"/>.</summary>
    public sealed class TaskFailedEventArgs : EventArgs
    {
        internal TaskFailedEventArgs(TaskHandle task, Exception exception)
        {
            Task = task;
            Exception = exception;
        }

        /// <summary>The task that faulted.</summary>
        public TaskHandle Task { get; }

        /// <summary>Its exception.</summary>
        public Exception Exception { get; }

        /// <summary>Marks the failure as dealt with, so that <see cref="Scheduler.Run"/> does not throw it at its end.</summary>
        public void SetObserved() => Task.observed = true;
    }
}
