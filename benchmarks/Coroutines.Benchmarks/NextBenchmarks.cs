using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Coroutines.Benchmarks
{
    /// <summary>
    /// Suite 1, Next: yield 0 .. N-1 and sum the values; every result is per item (OperationsPerInvoke).
    /// Each invocation creates a fresh producer, so its allocation is part of the cost (amortized over N items),
    /// except the thread, which is started once and then only ping-pongs.
    /// </summary>
    [MemoryDiagnoser]
    public class NextBenchmarks
    {
        public const int N = 1000;

        /// <summary>A thread hand-over costs microseconds: fewer items per invocation keep the run short.</summary>
        public const int ThreadItems = 100;

        private ThreadCoroutine? thread;

        [GlobalSetup(Target = nameof(Thread_PingPong))]
        public void StartThread() => thread = new ThreadCoroutine();

        [GlobalCleanup(Target = nameof(Thread_PingPong))]
        public void StopThread() => thread?.Dispose();

        [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "C# iterator (MoveNext+Current)")]
        public int Iterator()
        {
            int sum = 0;
            IEnumerator<int> e = Iter.Range(N).GetEnumerator();
            while (e.MoveNext()) sum += e.Current;
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "generated (TryNext)")]
        public int Generated_TryNext()
        {
            int sum = 0;
            Generator<int> g = Gen.Range(N);
            while (g.TryNext(out int value)) sum += value;
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "generated (MoveNext+Current)")]
        public int Generated_MoveNext()
        {
            int sum = 0;
            Generator<int> g = Gen.Range(N);
            while (g.MoveNext()) sum += g.Current;
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "generated (Next)")]
        public int Generated_Next()
        {
            int sum = 0;
            Generator<int> g = Gen.Range(N);
            for (int k = 0; k < N; k++) sum += g.Next();
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "generated (foreach)")]
        public int Generated_Foreach()
        {
            int sum = 0;
            foreach (int value in Gen.Range(N)) sum += value;
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "hand-written sealed state machine")]
        public int HandWritten()
        {
            int sum = 0;
            var m = new RangeMachine(N);
            while (m.MoveNext()) sum += m.Current;
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "async/await + custom awaiter")]
        public int Awaiter()
        {
            int sum = 0;
            AwaitCo<int, int> co = Awaiting.Range(N);
            while (co.MoveNext()) sum += co.Current;
            return sum;
        }

        [Benchmark(OperationsPerInvoke = ThreadItems, Description = "thread ping-pong (SemaphoreSlim pair)")]
        public int Thread_PingPong()
        {
            int sum = 0;
            for (int k = 0; k < ThreadItems; k++) sum += thread!.Next();
            return sum;
        }
    }
}
