using System.Collections.Generic;

namespace Coroutines.Benchmarks
{
    /// <summary>A one-value mailbox: how a C# iterator "receives" a value, which iterators cannot do by themselves.</summary>
    public sealed class Slot<T>
    {
        public T Value = default!;
    }

    /// <summary>The C# compiler's <c>yield return</c> iterators: the peers of the generated frames.</summary>
    public static class Iter
    {
        public static IEnumerable<int> Range(int n)
        {
            for (int i = 0; i < n; i++)
            {
                yield return i;
            }
        }

        /// <summary>The averager as an iterator: the value "sent" is read from a shared slot after each resume.</summary>
        public static IEnumerable<double?> Averager(Slot<double> slot)
        {
            double total = 0.0;
            int count = 0;
            double? average = null;
            while (true)
            {
                yield return average;
                double value = slot.Value;
                total += value;
                count++;
                average = total / count;
            }
        }

        /// <summary>Nested <c>foreach</c> + <c>yield return</c>: each item climbs through every level.</summary>
        public static IEnumerable<int> Chain(int depth, int n)
        {
            if (depth == 0)
            {
                for (int i = 0; i < n; i++)
                {
                    yield return i;
                }
            }
            else
            {
                foreach (int x in Chain(depth - 1, n))
                {
                    yield return x;
                }
            }
        }

        public static IEnumerable<int> Guarded()
        {
            int i = 0;
            try
            {
                while (i >= 0)
                {
                    yield return i++;
                }
            }
            finally
            {
                Sink.Finallies++;
            }
        }

        public static IEnumerable<int> ThreeLocals()
        {
            int a = 1;
            int b = 2;
            int c = 3;
            while (true)
            {
                yield return a + b + c;
                a++;
                b++;
                c++;
            }
        }
    }
}
