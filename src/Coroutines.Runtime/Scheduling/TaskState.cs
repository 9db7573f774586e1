namespace Coroutines
{
    /// <summary>Where a scheduler task is in its life.</summary>
    public enum TaskState
    {
        /// <summary>In the ready queue, waiting for its turn (a task just spawned is ready).</summary>
        Ready,
        /// <summary>Its body is executing right now.</summary>
        Running,
        /// <summary>Waiting on the timer heap (<c>co.Sleep</c>).</summary>
        Sleeping,
        /// <summary>Waiting for other tasks to finish (<c>co.Join</c>, <c>co.JoinAll</c>, <c>co.JoinAny</c>).</summary>
        Joining,
        /// <summary>Waiting for a .NET task to complete (<c>co.Await</c>).</summary>
        Awaiting,
        /// <summary>Finished: its body returned; <see cref="TaskHandle{T}.Result"/> holds the value.</summary>
        Completed,
        /// <summary>Finished: its body threw; <see cref="TaskHandle.Exception"/> holds the exception.</summary>
        Faulted,
        /// <summary>Finished: <see cref="TaskHandle.Cancel"/> closed it.</summary>
        Cancelled,
    }
}
