using System;

namespace Coroutines
{
    /// <summary>
    /// A value was sent into a coroutine that has not reached its first yield yet.
    /// Call <c>Next()</c> first, or mark the method <c>[Coroutine(Primed = true)]</c>.
    /// </summary>
    public class CoroutineNotPrimedException : InvalidOperationException
    {
        /// <summary>Creates the exception.</summary>
        public CoroutineNotPrimedException()
            : base("can't send a value to a just-started coroutine: call Next() first, or mark it [Coroutine(Primed = true)]") { }
    }
}
