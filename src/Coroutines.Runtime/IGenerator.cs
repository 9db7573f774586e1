using System;
using System.Collections.Generic;

namespace Coroutines
{
    /// <summary>
    /// A resumable computation that yields <typeparamref name="TYield"/> and receives <typeparamref name="TSend"/>:
    /// the part of the protocol that does not depend on the return type, which is what delegation needs.
    /// </summary>
    public interface IGenerator<out TYield, in TSend> : IEnumerator<TYield>, IEnumerable<TYield>
    {
        /// <summary>Where the coroutine is in its life.</summary>
        CoroutineState State { get; }

        /// <summary>Resumes with nothing sent; returns the next yielded value or throws <see cref="StopIterationException"/>.</summary>
        TYield Next();

        /// <summary>Resumes with <paramref name="value"/> as the value of the paused yield; returns the next yielded value or throws <see cref="StopIterationException"/>.</summary>
        TYield Send(TSend value);

        /// <summary>Like <see cref="Send"/>, but returns false instead of throwing when the coroutine finishes; the yielded value is in <see cref="IEnumerator{T}.Current"/>.</summary>
        bool TrySend(TSend value);

        /// <summary>Raises <paramref name="exception"/> at the paused yield; returns the next yielded value or throws.</summary>
        TYield Throw(Exception exception);

        /// <summary>Like <see cref="Throw"/>, but returns false instead of throwing <see cref="StopIterationException"/> when the coroutine finishes.</summary>
        bool TryThrow(Exception exception);

        /// <summary>Raises <see cref="GeneratorExitException"/> at the paused yield so that finally blocks run.</summary>
        void Close();
    }

    /// <summary>A resumable computation that yields, receives, and finally returns a <typeparamref name="TReturn"/>.</summary>
    public interface IGenerator<out TYield, in TSend, out TReturn> : IGenerator<TYield, TSend>
    {
        /// <summary>The return value once the coroutine has returned; default before.</summary>
        TReturn Result { get; }
    }
}
