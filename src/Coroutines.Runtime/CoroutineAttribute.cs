using System;

namespace Coroutines
{
    /// <summary>
    /// Marks a partial method whose body the Coroutines generator compiles into a resumable frame.
    /// The method's first parameter is the context (<see cref="Co{TYield}"/>, <see cref="Co{TYield, TSend}"/> or <see cref="Co"/>);
    /// the generator adds a factory with the same name and the remaining parameters.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class CoroutineAttribute : Attribute
    {
        /// <summary>
        /// When true the factory runs the body to its first yield before returning it,
        /// so <c>Send</c> can follow at once (Python's classic <c>@coroutine</c> decorator).
        /// </summary>
        public bool Primed { get; set; }
    }
}
