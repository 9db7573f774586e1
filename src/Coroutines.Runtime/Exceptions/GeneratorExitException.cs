using System;

namespace Coroutines
{
    /// <summary>
    /// Raised at the paused yield by <c>Close</c> so that finally blocks run (Python's GeneratorExit).
    /// A body that catches it must return or rethrow; yielding again is an error.
    /// </summary>
    public class GeneratorExitException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public GeneratorExitException() : base("The coroutine is being closed.") { }
    }
}
