using System;
using Coroutines;

namespace Coroutines.Benchmarks
{
    /// <summary>An exception type of our own, so that the catch clauses under test catch only what the benchmark throws.</summary>
    public sealed class BenchException : Exception
    {
        public BenchException() : base("benchmark") { }
    }

    /// <summary>The coroutines under test, compiled into frame classes by the Coroutines generator.</summary>
    public static partial class Gen
    {
        /// <summary>Yields 0 .. n-1.</summary>
        [Coroutine]
        public static partial void Range(Co<int> co, int n)
        {
            for (int i = 0; i < n; i++)
            {
                co.Yield(i);
            }
        }

        /// <summary>The seed's averager, verbatim: yields the running average of the values sent in.</summary>
        [Coroutine]
        public static partial void Averager(Co<double?, double> co)
        {
            double total = 0.0;
            int count = 0;
            double? average = null;
            while (true)
            {
                double value = co.Yield(average);   // hand out the average AND wait for the next input
                total += value;
                count++;
                average = total / count;
            }
        }

        /// <summary>Delegates to itself <paramref name="depth"/> times; the innermost level yields 0 .. n-1.</summary>
        [Coroutine]
        public static partial void Chain(Co<int> co, int depth, int n)
        {
            if (depth == 0)
            {
                for (int i = 0; i < n; i++)
                {
                    co.Yield(i);
                }
            }
            else
            {
                co.YieldFrom(Chain(depth - 1, n));
            }
        }

        /// <summary>Counts forever inside try/finally, so that Close has a finally block to run.</summary>
        [Coroutine]
        public static partial void Guarded(Co<int> co)
        {
            int i = 0;
            try
            {
                while (i >= 0)
                {
                    co.Yield(i++);
                }
            }
            finally
            {
                Sink.Finallies++;
            }
        }

        /// <summary>Yields how many <see cref="BenchException"/>s it has caught at its yield so far.</summary>
        [Coroutine]
        public static partial void Catcher(Co<int> co)
        {
            int caught = 0;
            while (true)
            {
                try
                {
                    co.Yield(caught);
                }
                catch (BenchException)
                {
                    caught++;
                }
            }
        }

        /// <summary>A frame with three locals alive across its yield (the memory suite pauses a million of these).</summary>
        [Coroutine]
        public static partial void ThreeLocals(Co<int> co)
        {
            int a = 1;
            int b = 2;
            int c = 3;
            while (true)
            {
                co.Yield(a + b + c);
                a++;
                b++;
                c++;
            }
        }
    }

    /// <summary>Somewhere for finally blocks to write, so that they are not optimized away.</summary>
    public static class Sink
    {
        public static int Finallies;
    }
}
