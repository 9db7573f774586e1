using System;
using System.Collections.Generic;
using System.Globalization;

namespace Coroutines.Benchmarks
{
    /// <summary>
    /// Suite 4, memory (<c>dotnet run -c Release -- memory [count]</c>): pauses <c>count</c> coroutines
    /// (1,000,000 by default) that each keep three int locals alive across their yield, and prints the growth
    /// of the live heap (<see cref="GC.GetTotalMemory(bool)"/> after a full collection) divided by the count:
    /// the bytes one suspended coroutine keeps alive. The array holding them is allocated before the first reading.
    /// </summary>
    public static class MemoryMode
    {
        private sealed record Kind(string Name, string Holds, Func<object> CreatePaused);

        private static readonly Kind[] Kinds =
        {
            new("generated frame, 3 locals (Co<int>)", "1 frame object",
                () => { Generator<int> g = Gen.ThreeLocals(); g.Next(); return g; }),
            new("generated frame, created, not started", "1 frame object",
                () => Gen.ThreeLocals()),
            new("generated frame: seed averager (Co<double?, double>)", "1 frame object",
                () => { var g = Gen.Averager(); g.Next(); return g; }),
            new("C# iterator, 3 locals", "1 iterator object",
                () => { IEnumerator<int> e = Iter.ThreeLocals().GetEnumerator(); e.MoveNext(); return e; }),
            new("hand-written sealed frame, 3 locals", "1 object",
                () => { var m = new ThreeLocalsMachine(); m.MoveNext(); return m; }),
            new("async/await + custom awaiter, 3 locals", "AwaitCo + async state machine box (a Task)",
                () => { AwaitCo<int, int> co = Awaiting.ThreeLocals(); co.MoveNext(); return co; }),
            new("async/await + custom awaiter, not started", "AwaitCo only",
                () => Awaiting.ThreeLocals()),
        };

        public static int Run(string[] args)
        {
            int count = 1_000_000;
            if (args.Length > 0 && !int.TryParse(args[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out count))
            {
                Console.Error.WriteLine("usage: memory [count]");
                return 2;
            }

            Console.WriteLine($"Bytes kept alive per suspended coroutine ({count:N0} of each; GC.GetTotalMemory delta / count)");
            Console.WriteLine();
            Console.WriteLine("| Kind | Holds | Bytes per suspended coroutine | Allocated per create+prime (B) |");
            Console.WriteLine("|---|---|---:|---:|");
            foreach (Kind kind in Kinds)
            {
                (double live, double allocated) = Measure(kind, count);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {kind.Name} | {kind.Holds} | {live:F1} | {allocated:F1} |"));
            }
            return 0;
        }

        private static (double Live, double Allocated) Measure(Kind kind, int count)
        {
            // Warm up: JIT the factory and the first resume outside the measurement.
            for (int i = 0; i < 1000; i++) GC.KeepAlive(kind.CreatePaused());

            var keep = new object[count];
            long before = GC.GetTotalMemory(forceFullCollection: true);
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < count; i++) keep[i] = kind.CreatePaused();
            long allocatedAfter = GC.GetAllocatedBytesForCurrentThread();
            long after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(keep);
            return ((after - before) / (double)count, (allocatedAfter - allocatedBefore) / (double)count);
        }
    }
}
