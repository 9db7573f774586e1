namespace Coroutines
{
    /// <summary>Where a coroutine is in its life (Python's <c>inspect.getgeneratorstate</c>).</summary>
    public enum CoroutineState
    {
        /// <summary>Made by its factory; the body has not started.</summary>
        Created,
        /// <summary>The body is executing right now.</summary>
        Running,
        /// <summary>Paused at a yield, waiting for <c>Next</c>, <c>Send</c>, <c>Throw</c> or <c>Close</c>.</summary>
        Suspended,
        /// <summary>Finished: returned, threw, or was closed.</summary>
        Closed,
    }
}
