using BenchmarkDotNet.Attributes;

namespace Coroutines.Benchmarks
{
    /// <summary>
    /// Suite 5, delegation depth: N items through a chain of <see cref="Depth"/> delegations, per item.
    /// The generated chain is <c>Chain(depth)</c> doing <c>co.YieldFrom(Chain(depth - 1))</c> down to depth 0,
    /// which yields; its peer re-yields with nested <c>foreach</c> + <c>yield return</c> at the same depth.
    /// </summary>
    [MemoryDiagnoser]
    public class DelegationBenchmarks
    {
        public const int N = 1000;

        [Params(1, 10, 100)]
        public int Depth;

        [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "nested C# foreach + yield return")]
        public int NestedIterator()
        {
            int sum = 0;
            foreach (int value in Iter.Chain(Depth, N)) sum += value;
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "generated YieldFrom chain (TryNext)")]
        public int Generated_YieldFrom()
        {
            int sum = 0;
            Generator<int> g = Gen.Chain(Depth, N);
            while (g.TryNext(out int value)) sum += value;
            return sum;
        }
    }
}
