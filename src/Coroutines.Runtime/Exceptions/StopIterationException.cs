using System;

namespace Coroutines
{
    /// <summary>
    /// Thrown by <c>Next</c> and <c>Send</c> when the coroutine has nothing more to yield (Python's StopIteration).
    /// </summary>
    public class StopIterationException : InvalidOperationException
    {
        /// <summary>Creates the exception with no return value (<see cref="Unit"/>).</summary>
        public StopIterationException() : this(Unit.Value) { }

        /// <summary>Creates the exception carrying the coroutine's return value.</summary>
        public StopIterationException(object? value) : base("The coroutine has finished.") => Value = value;

        /// <summary>The boxed return value; <see cref="Unit"/> when there is none.</summary>
        public object? Value { get; }
    }
}
