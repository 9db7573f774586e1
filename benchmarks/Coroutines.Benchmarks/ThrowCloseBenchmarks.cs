using System.Collections.Generic;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Coroutines.Benchmarks
{
    /// <summary>
    /// Suite 3, Throw/Close. "Close": create a coroutine, run it to its first yield, close it (per coroutine).
    /// "Throw": raise an exception at a paused yield that the body catches, and run on to the next yield
    /// (per exception; each throw uses a new exception object, as real code does). The Exceptions column counts
    /// the .NET exceptions thrown per operation.
    /// </summary>
    [MemoryDiagnoser]
    [ExceptionDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class ThrowCloseBenchmarks
    {
        private Generator<int> catcher = null!;
        private AwaitCo<int, int> awaitCatcher = null!;
        private int caught;

        [GlobalSetup]
        public void Setup()
        {
            catcher = Gen.Catcher();
            catcher.Next();
            awaitCatcher = Awaiting.Catcher();
            awaitCatcher.MoveNext();
        }

        // ---- Close ----------------------------------------------------------------------------

        [BenchmarkCategory("Close"), Benchmark(Baseline = true, Description = "C# iterator: create+MoveNext+Dispose (try/finally)")]
        public int Close_Iterator()
        {
            IEnumerator<int> e = Iter.Guarded().GetEnumerator();
            e.MoveNext();
            e.Dispose();
            return e.Current;
        }

        [BenchmarkCategory("Close"), Benchmark(Description = "generated: create+Next (no Close)")]
        public int CreatePrime_Generated()
        {
            Generator<int> g = Gen.Guarded();
            return g.Next();
        }

        [BenchmarkCategory("Close"), Benchmark(Description = "generated: create+Next+Close (try/finally)")]
        public int Close_Generated_TryFinally()
        {
            Generator<int> g = Gen.Guarded();
            int first = g.Next();
            g.Close();
            return first;
        }

        [BenchmarkCategory("Close"), Benchmark(Description = "generated: create+Next+Close (no try)")]
        public int Close_Generated_NoTry()
        {
            Generator<int> g = Gen.Range(int.MaxValue);
            int first = g.Next();
            g.Close();
            return first;
        }

        [BenchmarkCategory("Close"), Benchmark(Description = "async/await + custom awaiter: create+prime+Close (try/finally)")]
        public int Close_Awaiter()
        {
            AwaitCo<int, int> co = Awaiting.Guarded();
            co.MoveNext();
            int first = co.Current;
            co.Close();
            return first;
        }

        // ---- Throw ----------------------------------------------------------------------------

        [BenchmarkCategory("Throw"), Benchmark(Baseline = true, Description = "plain throw+catch (no coroutine)")]
        public int Throw_Plain()
        {
            try
            {
                ThrowIt(new BenchException());
            }
            catch (BenchException)
            {
                caught++;
            }
            return caught;
        }

        [BenchmarkCategory("Throw"), Benchmark(Description = "generated: Throw caught inside the body")]
        public int Throw_Generated() => catcher.Throw(new BenchException());

        [BenchmarkCategory("Throw"), Benchmark(Description = "async/await + custom awaiter: Throw caught inside")]
        public int Throw_Awaiter()
        {
            awaitCatcher.TryThrow(new BenchException());
            return awaitCatcher.Current;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowIt(BenchException e) => throw e;
    }
}
