using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace Coroutines.Benchmarks
{
    /// <summary>
    /// The usual way to get a generator with send from today's C#: an <c>async</c> method whose
    /// <c>await co.Yield(x)</c> never completes by itself. The awaiter stores the state machine's continuation;
    /// <see cref="TrySend"/> stores the value and invokes the continuation, which runs the body to the next
    /// <c>await</c>. The compiler's async builder allocates one state-machine box (a Task) at the first
    /// suspension; every later resume allocates nothing.
    /// </summary>
    public sealed class AwaitCo<TYield, TSend>
    {
        private readonly Func<AwaitCo<TYield, TSend>, Task> body;
        private Task? task;
        private Action? continuation;
        private TYield current = default!;
        private TSend sent = default!;
        private Exception? pending;

        public AwaitCo(Func<AwaitCo<TYield, TSend>, Task> body) => this.body = body;

        public TYield Current => current;

        /// <summary>What the body awaits: hands <paramref name="value"/> out and evaluates to the value sent in.</summary>
        public YieldAwaitable Yield(TYield value)
        {
            current = value;
            return new YieldAwaitable(this);
        }

        public bool MoveNext()
        {
            sent = default!;
            return Resume();
        }

        public bool TrySend(TSend value)
        {
            sent = value;
            return Resume();
        }

        public TYield Next() => MoveNext() ? current : throw new InvalidOperationException("finished");

        public TYield Send(TSend value) => TrySend(value) ? current : throw new InvalidOperationException("finished");

        /// <summary>Raises <paramref name="exception"/> at the paused await.</summary>
        public bool TryThrow(Exception exception)
        {
            if (continuation is null) ExceptionDispatchInfo.Throw(exception);
            pending = exception;
            return Resume();
        }

        /// <summary>Raises <see cref="CloseSignal"/> at the paused await so that finally blocks run.</summary>
        public void Close()
        {
            if (continuation is null) return;
            pending = new CloseSignal();
            try
            {
                if (Resume()) throw new InvalidOperationException("coroutine ignored Close");
            }
            catch (CloseSignal)
            {
            }
        }

        private bool Resume()
        {
            Action? resume = continuation;
            if (resume is null)
            {
                if (task is not null) return false;
                task = body(this);              // runs to the first await
            }
            else
            {
                continuation = null;
                resume();                       // runs to the next await, or to the end
            }
            if (continuation is not null) return true;
            if (task!.IsFaulted) ExceptionDispatchInfo.Throw(task.Exception!.InnerException!);
            return false;
        }

        public readonly struct YieldAwaitable : ICriticalNotifyCompletion
        {
            private readonly AwaitCo<TYield, TSend> co;

            public YieldAwaitable(AwaitCo<TYield, TSend> co) => this.co = co;

            public YieldAwaitable GetAwaiter() => this;

            public bool IsCompleted => false;

            public void OnCompleted(Action continuation) => co.continuation = continuation;

            public void UnsafeOnCompleted(Action continuation) => co.continuation = continuation;

            public TSend GetResult()
            {
                Exception? e = co.pending;
                if (e is not null)
                {
                    co.pending = null;
                    ExceptionDispatchInfo.Throw(e);
                }
                return co.sent;
            }
        }
    }

    /// <summary>What <see cref="AwaitCo{TYield, TSend}.Close"/> raises inside the body.</summary>
    public sealed class CloseSignal : Exception
    {
    }

    /// <summary>The benchmarked bodies written against <see cref="AwaitCo{TYield, TSend}"/>.</summary>
    public static class Awaiting
    {
        public static AwaitCo<int, int> Range(int n) => new AwaitCo<int, int>(co => RangeBody(co, n));

        private static async Task RangeBody(AwaitCo<int, int> co, int n)
        {
            for (int i = 0; i < n; i++)
            {
                await co.Yield(i);
            }
        }

        public static AwaitCo<double?, double> Averager() => new AwaitCo<double?, double>(AveragerBody);

        private static async Task AveragerBody(AwaitCo<double?, double> co)
        {
            double total = 0.0;
            int count = 0;
            double? average = null;
            while (true)
            {
                double value = await co.Yield(average);
                total += value;
                count++;
                average = total / count;
            }
        }

        public static AwaitCo<int, int> Guarded() => new AwaitCo<int, int>(GuardedBody);

        private static async Task GuardedBody(AwaitCo<int, int> co)
        {
            int i = 0;
            try
            {
                while (i >= 0)
                {
                    await co.Yield(i++);
                }
            }
            finally
            {
                Sink.Finallies++;
            }
        }

        public static AwaitCo<int, int> Catcher() => new AwaitCo<int, int>(CatcherBody);

        private static async Task CatcherBody(AwaitCo<int, int> co)
        {
            int caught = 0;
            while (true)
            {
                try
                {
                    await co.Yield(caught);
                }
                catch (BenchException)
                {
                    caught++;
                }
            }
        }

        public static AwaitCo<int, int> ThreeLocals() => new AwaitCo<int, int>(ThreeLocalsBody);

        private static async Task ThreeLocalsBody(AwaitCo<int, int> co)
        {
            int a = 1;
            int b = 2;
            int c = 3;
            while (true)
            {
                await co.Yield(a + b + c);
                a++;
                b++;
                c++;
            }
        }
    }
}
