using System.ComponentModel;
using Coroutines.Frames;

namespace Coroutines
{
    /// <summary>
    /// A coroutine made by a <c>[Coroutine]</c> factory: yields <typeparamref name="TYield"/>, receives
    /// <typeparamref name="TSend"/> through <c>Send</c>, and returns <typeparamref name="TReturn"/>.
    /// </summary>
    public abstract class Generator<TYield, TSend, TReturn> : CoroutineFrame<TYield, TSend>, IGenerator<TYield, TSend, TReturn>
    {
        private TReturn result = default!;

        /// <summary>The return value once the body has returned; default before, and after an exception.</summary>
        public TReturn Result => result;

        /// <inheritdoc/>
        protected override object? BoxedResult => result;

        /// <summary>Records the body's return value; the frame then returns false from <c>Step</c>.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected bool ReturnValue(TReturn value)
        {
            result = value;
            return false;
        }
    }

    /// <summary>A coroutine that yields <typeparamref name="TYield"/>, receives nothing and returns nothing.</summary>
    public abstract class Generator<TYield> : Generator<TYield, Unit, Unit>
    {
    }
}
