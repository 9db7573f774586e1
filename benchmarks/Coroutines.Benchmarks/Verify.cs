using System;
using System.Collections.Generic;

namespace Coroutines.Benchmarks
{
    /// <summary><c>-- verify</c>: runs each benchmark once and checks that the peers of a suite agree.</summary>
    public static class Verify
    {
        public static int Run()
        {
            int failures = 0;

            var next = new NextBenchmarks();
            next.StartThread();
            try
            {
                failures += Same("Next", new Dictionary<string, double>
                {
                    ["iterator"] = next.Iterator(),
                    ["generated TryNext"] = next.Generated_TryNext(),
                    ["generated MoveNext"] = next.Generated_MoveNext(),
                    ["generated Next"] = next.Generated_Next(),
                    ["generated foreach"] = next.Generated_Foreach(),
                    ["hand-written"] = next.HandWritten(),
                    ["awaiter"] = next.Awaiter(),
                });
                int threadSum = next.Thread_PingPong();
                int expected = NextBenchmarks.ThreadItems * (NextBenchmarks.ThreadItems - 1) / 2;
                Console.WriteLine($"Next/thread: {threadSum} (expected {expected})");
                if (threadSum != expected) failures++;
            }
            finally
            {
                next.StopThread();
            }

            var send = new SendBenchmarks();
            failures += Same("Send", new Dictionary<string, double>
            {
                ["iterator+slot"] = send.IteratorSlot(),
                ["generated Send"] = send.Generated_Send(),
                ["generated TrySend"] = send.Generated_TrySend(),
                ["hand-written"] = send.HandWritten(),
                ["awaiter"] = send.Awaiter(),
            });

            foreach (int depth in new[] { 0, 1, 10, 100 })
            {
                var chain = new DelegationBenchmarks { Depth = depth };
                failures += Same($"Delegation depth {depth}", new Dictionary<string, double>
                {
                    ["nested iterator"] = chain.NestedIterator(),
                    ["generated"] = chain.Generated_YieldFrom(),
                });
            }

            var tc = new ThrowCloseBenchmarks();
            tc.Setup();
            int finallies = Sink.Finallies;
            tc.Close_Iterator();
            tc.Close_Generated_TryFinally();
            tc.Close_Awaiter();
            tc.Close_Generated_NoTry();
            Console.WriteLine($"Close: {Sink.Finallies - finallies} finally blocks ran (expected 3)");
            if (Sink.Finallies - finallies != 3) failures++;
            int g1 = tc.Throw_Generated(), g2 = tc.Throw_Generated();
            tc.Throw_Awaiter();
            int a2 = tc.Throw_Awaiter();
            Console.WriteLine($"Throw: generated caught {g1}, {g2}; awaiter caught {a2} (expected 1, 2; 2)");
            if (g1 != 1 || g2 != 2 || a2 != 2) failures++;

            Console.WriteLine(failures == 0 ? "verify: all peers agree" : $"verify: {failures} disagreement(s)");
            return failures == 0 ? 0 : 1;
        }

        private static int Same(string suite, Dictionary<string, double> results)
        {
            var distinct = new HashSet<double>(results.Values);
            Console.WriteLine($"{suite}: {string.Join(", ", Format(results))}");
            return distinct.Count == 1 ? 0 : 1;
        }

        private static IEnumerable<string> Format(Dictionary<string, double> results)
        {
            foreach (var (name, value) in results) yield return $"{name}={value}";
        }
    }
}
