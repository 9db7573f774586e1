using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace Coroutines.Benchmarks
{
    /// <summary>
    /// <c>-- interleaved [rounds]</c>: a cross-check for busy machines. Runs the benchmark methods of each suite in
    /// turn, round after round, in this one process (after warming each up to tier 1), and prints for each the
    /// fastest round and the median round in ns per operation. Interleaving puts every peer under the same
    /// background load, and the fastest round filters most of that load out; BenchmarkDotNet, which runs each
    /// benchmark in its own process one after another, is the reference on a quiet machine.
    /// </summary>
    public static class Interleaved
    {
        private sealed record Case(string Suite, string Name, int Ops, Func<double> Run);

        public static int Run(string[] args)
        {
            int rounds = 30;
            if (args.Length > 0 && !int.TryParse(args[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out rounds))
            {
                Console.Error.WriteLine("usage: interleaved [rounds]");
                return 2;
            }

            var next = new NextBenchmarks();
            var send = new SendBenchmarks();
            var tc = new ThrowCloseBenchmarks();
            tc.Setup();
            var cases = new List<Case>
            {
                new("Next", "C# iterator (MoveNext+Current)", NextBenchmarks.N, () => next.Iterator()),
                new("Next", "generated (TryNext)", NextBenchmarks.N, () => next.Generated_TryNext()),
                new("Next", "generated (MoveNext+Current)", NextBenchmarks.N, () => next.Generated_MoveNext()),
                new("Next", "generated (Next)", NextBenchmarks.N, () => next.Generated_Next()),
                new("Next", "generated (foreach)", NextBenchmarks.N, () => next.Generated_Foreach()),
                new("Next", "hand-written sealed state machine", NextBenchmarks.N, () => next.HandWritten()),
                new("Next", "async/await + custom awaiter", NextBenchmarks.N, () => next.Awaiter()),
                new("Send", "C# iterator + slot", SendBenchmarks.N, () => send.IteratorSlot()),
                new("Send", "generated (Send)", SendBenchmarks.N, () => send.Generated_Send()),
                new("Send", "generated (TrySend)", SendBenchmarks.N, () => send.Generated_TrySend()),
                new("Send", "hand-written frame", SendBenchmarks.N, () => send.HandWritten()),
                new("Send", "async/await + custom awaiter", SendBenchmarks.N, () => send.Awaiter()),
                new("Close", "C# iterator: create+MoveNext+Dispose (try/finally)", 1, () => tc.Close_Iterator()),
                new("Close", "generated: create+Next (no Close)", 1, () => tc.CreatePrime_Generated()),
                new("Close", "generated: create+Next+Close (try/finally)", 1, () => tc.Close_Generated_TryFinally()),
                new("Close", "generated: create+Next+Close (no try)", 1, () => tc.Close_Generated_NoTry()),
                new("Close", "async/await + custom awaiter: create+prime+Close (try/finally)", 1, () => tc.Close_Awaiter()),
                new("Throw", "plain throw+catch (no coroutine)", 1, () => tc.Throw_Plain()),
                new("Throw", "generated: Throw caught inside the body", 1, () => tc.Throw_Generated()),
                new("Throw", "async/await + custom awaiter: Throw caught inside", 1, () => tc.Throw_Awaiter()),
            };
            foreach (int depth in new[] { 1, 10, 100 })
            {
                var chain = new DelegationBenchmarks { Depth = depth };
                cases.Add(new($"YieldFrom depth {depth}", "nested C# foreach + yield return", DelegationBenchmarks.N, () => chain.NestedIterator()));
                cases.Add(new($"YieldFrom depth {depth}", "generated YieldFrom chain (TryNext)", DelegationBenchmarks.N, () => chain.Generated_YieldFrom()));
            }

            // Invocations per round: about 2 ms of work for each case.
            var invocations = new Dictionary<Case, int>();
            foreach (Case c in cases)
            {
                var sw = Stopwatch.StartNew();
                int calls = 0;
                while (sw.Elapsed.TotalMilliseconds < 300) { c.Run(); calls++; }   // warm up past tier 0 and OSR
                invocations[c] = Math.Max(1, (int)(calls * 2.0 / sw.Elapsed.TotalMilliseconds));
            }

            var samples = cases.ToDictionary(c => c, _ => new List<double>());
            for (int r = 0; r < rounds; r++)
            {
                foreach (Case c in cases)
                {
                    int calls = invocations[c];
                    long start = Stopwatch.GetTimestamp();
                    for (int i = 0; i < calls; i++) c.Run();
                    double ns = Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1e6;
                    samples[c].Add(ns / ((double)calls * c.Ops));
                }
            }

            Console.WriteLine($"Interleaved, {rounds} rounds of ~2 ms per case; ns per operation");
            Console.WriteLine();
            Console.WriteLine("| Suite | Method | Min [ns] | Median [ns] |");
            Console.WriteLine("|---|---|---:|---:|");
            foreach (Case c in cases)
            {
                var s = samples[c].OrderBy(x => x).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {c.Suite} | {c.Name} | {s[0]:F2} | {s[s.Count / 2]:F2} |"));
            }
            return 0;
        }
    }
}
