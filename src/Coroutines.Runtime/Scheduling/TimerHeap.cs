using System;

namespace Coroutines
{
    /// <summary>
    /// The scheduler's timers: a min-heap (4-ary) of (wake time, insertion sequence, task), so that timers due at the same
    /// time come out in the order they were set. An array of structs: pushing and popping allocate nothing once warm.
    /// (netstandard2.0 has no <c>PriorityQueue</c>; this one serves both targets.)
    /// </summary>
    internal struct TimerHeap
    {
        // Four children per node, as .NET's PriorityQueue: half the levels of a binary heap, and the children of a node
        // share a cache line or two, which matters once the heap outgrows the caches.
        private const int Arity = 4;
        private const int Log2Arity = 2;

        private Entry[] items;
        private int count;

        public TimerHeap(int capacity)
        {
            items = new Entry[capacity];
            count = 0;
        }

        public readonly int Count => count;

        /// <summary>The earliest wake time; only when <see cref="Count"/> is not zero.</summary>
        public readonly long MinWake => items[0].Wake;

        /// <summary>The sequence number of the earliest timer; only when <see cref="Count"/> is not zero.</summary>
        public readonly long MinSequence => items[0].Sequence;

        /// <summary>The task of the earliest timer; only when <see cref="Count"/> is not zero.</summary>
        public readonly TaskHandle MinTask => items[0].Task;

        public void Push(long wake, long sequence, TaskHandle task)
        {
            if (count == items.Length) Array.Resize(ref items, items.Length * 2);
            var entries = items;
            int i = count++;
            while (i > 0)
            {
                int parent = (i - 1) >> Log2Arity;
                ref Entry up = ref entries[parent];
                if (up.Wake < wake || (up.Wake == wake && up.Sequence < sequence)) break;
                entries[i] = up;
                i = parent;
            }
            ref Entry slot = ref entries[i];
            slot.Wake = wake;
            slot.Sequence = sequence;
            slot.Task = task;
        }

        /// <summary>Removes the earliest timer; returns its task and sequence number.</summary>
        public TaskHandle Pop(out long sequence)
        {
            var entries = items;
            var task = entries[0].Task;
            sequence = entries[0].Sequence;
            int n = --count;
            if (n > 0)
            {
                ref Entry last = ref entries[n];
                int i = 0;
                while (true)
                {
                    int first = (i << Log2Arity) + 1;
                    if (first >= n) break;
                    int least = first;
                    int end = Math.Min(first + Arity, n);
                    for (int c = first + 1; c < end; c++)
                    {
                        if (Less(ref entries[c], ref entries[least])) least = c;
                    }
                    if (!Less(ref entries[least], ref last)) break;
                    entries[i] = entries[least];
                    i = least;
                }
                entries[i] = last;
            }
            entries[n] = default;
            return task;
        }

        private static bool Less(ref Entry a, ref Entry b) => a.Wake < b.Wake || (a.Wake == b.Wake && a.Sequence < b.Sequence);

        private struct Entry
        {
            public long Wake;
            public long Sequence;
            public TaskHandle Task;
        }
    }
}
