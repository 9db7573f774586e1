using System;

namespace Coroutines
{
    /// <summary>
    /// The scheduler's ready queue: a growable ring buffer, so that a switch allocates nothing once warm. Its slots are
    /// structs: storing a <see cref="TaskHandle"/> (a class with subclasses) straight into a <c>TaskHandle[]</c> would
    /// pay the array-covariance check on every enqueue.
    /// </summary>
    internal struct ReadyQueue
    {
        private Slot[] slots;
        private int head;
        private int tail;
        private int count;

        public ReadyQueue(int capacity)
        {
            slots = new Slot[capacity];
            head = 0;
            tail = 0;
            count = 0;
        }

        public readonly int Count => count;

        public void Enqueue(TaskHandle task)
        {
            var array = slots;
            if (count == array.Length) array = Grow();
            array[tail].Task = task;
            tail = (tail + 1) & (array.Length - 1);
            count++;
        }

        public TaskHandle Dequeue()
        {
            var array = slots;
            ref Slot slot = ref array[head];
            var task = slot.Task;
            slot.Task = null!;
            head = (head + 1) & (array.Length - 1);
            count--;
            return task;
        }

        private Slot[] Grow()
        {
            var larger = new Slot[slots.Length * 2];
            int first = slots.Length - head;
            Array.Copy(slots, head, larger, 0, first);
            Array.Copy(slots, 0, larger, first, head);
            slots = larger;
            head = 0;
            tail = count;
            return larger;
        }

        private struct Slot
        {
            public TaskHandle Task;
        }
    }
}
