using System;
using System.Collections;
using System.Collections.Generic;

namespace Coroutines.Frames
{
    /// <summary>
    /// Lets <c>YieldFrom</c> delegate to a plain sequence: <c>Next</c> and <c>Send(default)</c> advance it; any other
    /// sent value raises <see cref="NotSupportedException"/> (CPython raises for iterators without <c>send</c>);
    /// <c>Throw</c> and <c>Close</c> dispose the enumerator and raise in the delegating frame.
    /// </summary>
    internal sealed class SequenceDelegate<TYield, TSend> : IGenerator<TYield, TSend, Unit>
    {
        private IEnumerator<TYield>? items;

        public SequenceDelegate(IEnumerator<TYield> items) => this.items = items;

        public CoroutineState State => items == null ? CoroutineState.Closed : CoroutineState.Suspended;

        public Unit Result => default;

        public TYield Current => items == null ? default! : items.Current;

        object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (items == null) return false;
            if (items.MoveNext()) return true;
            Close();
            return false;
        }

        public bool TrySend(TSend value)
        {
            if (EqualityComparer<TSend>.Default.Equals(value, default!)) return MoveNext();
            Close();
            throw new NotSupportedException(
                $"YieldFrom is delegating to a plain sequence, which cannot receive the sent value '{value}'; send only default, or delegate to a generator.");
        }

        public bool TryThrow(Exception exception)
        {
            Close();
            throw exception;
        }

        public void Close()
        {
            var toDispose = items;
            items = null;
            toDispose?.Dispose();
        }

        public TYield Next() => MoveNext() ? Current : throw new StopIterationException();

        public TYield Send(TSend value) => TrySend(value) ? Current : throw new StopIterationException();

        public TYield Throw(Exception exception) => TryThrow(exception) ? Current : throw new StopIterationException();

        public void Dispose() => Close();

        public void Reset() => throw new NotSupportedException();

        public IEnumerator<TYield> GetEnumerator() => this;

        IEnumerator IEnumerable.GetEnumerator() => this;
    }
}
