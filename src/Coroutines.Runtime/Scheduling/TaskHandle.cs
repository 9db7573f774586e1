using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using Coroutines.Frames;

namespace Coroutines
{
    /// <summary>
    /// A task of a <see cref="Scheduler"/>: a spawned task coroutine, with its state, its outcome and the means to
    /// cancel or interrupt it. Use it from the scheduler's thread only.
    /// </summary>
    public abstract class TaskHandle
    {
        // ---- owned by the scheduler ---------------------------------------------------------------
        internal readonly Scheduler scheduler;
        internal CoroutineFrame<CoSignal, Unit>? frame;
        internal TaskState state;
        internal Exception? exception;
        /// <summary>Raised at the task's next turn: an interrupt, or the failure of a request without a value of its own.</summary>
        internal Exception? pendingThrow;
        private Queue<Exception>? moreInterrupts;
        internal CoSignalKind waitKind;
        internal object? waitTarget;
        internal bool raisesOnResume;
        /// <summary>How many tasks a JoinAll still waits for.</summary>
        internal int waitCount;
        /// <summary>Changes whenever a wait ends, so that stale join registrations and await callbacks are ignored.</summary>
        internal long waitId;
        /// <summary>The sequence number of the timer the task sleeps on; the heap entry is stale when it differs.</summary>
        internal long timerSequence;
        /// <summary>When the task finished, as a count of the scheduler's finished tasks (for "first to finish").</summary>
        internal long finishOrder;
        internal List<Joiner>? joiners;
        /// <summary>Where the task stands in the scheduler's list of live tasks.</summary>
        internal int liveIndex;
        internal bool observed;
        private readonly int id;
        /// <summary>The name given at spawn, or the coroutine's frame type, which names the task (one field: handles are many).</summary>
        private object label;

        internal TaskHandle(Scheduler scheduler, CoroutineFrame<CoSignal, Unit> frame, int id, string? name)
        {
            this.scheduler = scheduler;
            this.frame = frame;
            this.id = id;
            label = (object?)name ?? (frame is IForeignTask foreign ? foreign.InnerType : frame.GetType());
        }

        /// <summary>The scheduler that runs this task.</summary>
        public Scheduler Scheduler => scheduler;

        /// <summary>A number, unique within the scheduler, in spawn order from 1.</summary>
        public int Id => id;

        /// <summary>The name given to <see cref="Scheduler.Spawn{T}"/>, or the coroutine's method name.</summary>
        public string Name => label as string ?? (string)(label = DefaultName((Type)label));

        /// <summary>Where the task is in its life.</summary>
        public TaskState State => state;

        /// <summary>True once the task has completed, faulted or been cancelled.</summary>
        public bool IsCompleted => state >= TaskState.Completed;

        /// <summary>
        /// The task's own exception once it has faulted (not wrapped); an <see cref="OperationCanceledException"/> once it has
        /// been cancelled; null otherwise. Reading it counts as observing the failure: <see cref="Scheduler.Run"/> does not report it.
        /// </summary>
        public Exception? Exception
        {
            get
            {
                if (state == TaskState.Faulted) observed = true;
                return state >= TaskState.Faulted ? exception : null;
            }
        }

        /// <summary>
        /// Where the paused task stands: the file and line of the innermost paused frame (inside <c>YieldFrom</c> delegation),
        /// without capturing a stack trace. Null before its first turn and once finished.
        /// </summary>
        public SourceLocation? Location
        {
            get
            {
                SourceLocation? innermost = null;
                IGenerator<CoSignal, Unit>? g = frame;
                while (g is CoroutineFrame<CoSignal, Unit> f)
                {
                    if (f.Location is SourceLocation here) innermost = here;
                    g = f.Delegate;
                }
                return innermost;
            }
        }

        /// <summary>The locations of the paused frames from the task's own body down to the innermost delegate.</summary>
        public IReadOnlyList<SourceLocation> Locations
        {
            get
            {
                var all = new List<SourceLocation>();
                IGenerator<CoSignal, Unit>? g = frame;
                while (g is CoroutineFrame<CoSignal, Unit> f)
                {
                    if (f.Location is SourceLocation here) all.Add(here);
                    g = f.Delegate;
                }
                return all;
            }
        }

        /// <summary>
        /// Closes the task now: <see cref="GeneratorExitException"/> is raised at its pause point and its <c>finally</c> blocks
        /// run inside this call, innermost delegate first. Its joiners then see an <see cref="OperationCanceledException"/>.
        /// False when the task had already finished. A task cannot cancel itself while it runs.
        /// </summary>
        public bool Cancel() => scheduler.Cancel(this);

        /// <summary>
        /// Raises <paramref name="exception"/> in the task at its next turn (SimPy's interrupt): a sleeping, joining or awaiting
        /// task stops waiting and goes to the tail of the ready queue. The task may catch it and go on; uncaught, the task
        /// faults with it. Interrupts sent before the task's turn are delivered one per turn, in order. False when the task
        /// had already finished.
        /// </summary>
        public bool Interrupt(Exception exception) => scheduler.Interrupt(this, exception);

        /// <inheritdoc/>
        public override string ToString()
        {
            string text = "#" + id + " " + Name + " " + state;
            return Location is SourceLocation at ? text + " at " + at : text;
        }

        // ---- for the scheduler and CoSignal ----------------------------------------------------------

        /// <summary>Keeps the result, and lets go of the frame.</summary>
        internal abstract void Finished();

        /// <summary>Observes the failure and rethrows it, keeping its stack trace.</summary>
        internal void RethrowFailure()
        {
            var failure = Failure();
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        /// <summary>The exception a joiner sees; marks the failure observed.</summary>
        internal Exception Failure()
        {
            observed = true;
            return exception!;
        }

        internal void AddJoiner(TaskHandle joiner)
        {
            var list = joiners ??= new List<Joiner>();
            // JoinAny leaves its registrations on the tasks that did not finish first: drop the stale ones now and then, so
            // that a long-lived task joined again and again does not collect them.
            if (list.Count >= 8 && (list.Count & (list.Count - 1)) == 0) list.RemoveAll(j => j.Task.waitId != j.WaitId || j.Task.state != TaskState.Joining);
            list.Add(new Joiner(joiner, joiner.waitId));
        }

        /// <summary>Moves the next queued interrupt, if any, into <see cref="pendingThrow"/>.</summary>
        internal void NextInterrupt() => pendingThrow = moreInterrupts is { Count: > 0 } ? moreInterrupts.Dequeue() : null;

        internal void QueueInterrupt(Exception e) => (moreInterrupts ??= new Queue<Exception>()).Enqueue(e);

        /// <summary>Of the tasks that faulted or were cancelled, the one that did so first; null when none did.</summary>
        internal static TaskHandle? FirstFailure(IReadOnlyList<TaskHandle> tasks)
        {
            TaskHandle? first = null;
            for (int i = 0; i < tasks.Count; i++)
            {
                var t = tasks[i];
                if (t.state >= TaskState.Faulted && (first == null || t.finishOrder < first.finishOrder)) first = t;
            }
            return first;
        }

        /// <summary>Of the finished tasks, the one that finished first.</summary>
        internal static TaskHandle FirstFinished(IReadOnlyList<TaskHandle> tasks)
        {
            TaskHandle? first = null;
            for (int i = 0; i < tasks.Count; i++)
            {
                var t = tasks[i];
                if (t.IsCompleted && (first == null || t.finishOrder < first.finishOrder)) first = t;
            }
            return first ?? throw new InvalidOperationException("None of the tasks has finished: co.JoinAny is resumed only by its scheduler.");
        }

        private static string DefaultName(Type coroutineType)
        {
            string n = coroutineType.Name;
            int tick = n.IndexOf('`');
            if (tick >= 0) n = n.Substring(0, tick);
            if (n.EndsWith("Frame", StringComparison.Ordinal) && n.Length > "Frame".Length) n = n.Substring(0, n.Length - "Frame".Length);
            return n;
        }

        internal readonly struct Joiner
        {
            public Joiner(TaskHandle task, long waitId)
            {
                Task = task;
                WaitId = waitId;
            }

            public TaskHandle Task { get; }

            public long WaitId { get; }
        }
    }

    /// <summary>A scheduler task whose coroutine returns <typeparamref name="T"/> (<see cref="Unit"/> for a <c>void</c> body).</summary>
    public sealed class TaskHandle<T> : TaskHandle
    {
        private T result = default!;

        internal TaskHandle(Scheduler scheduler, Generator<CoSignal, Unit, T> generator, int id, string? name)
            : base(scheduler, generator, id, name)
        {
        }

        /// <summary>
        /// The value the task returned. Rethrows the task's exception when it faulted (which observes it), throws
        /// <see cref="OperationCanceledException"/> when it was cancelled and <see cref="InvalidOperationException"/> before it finished.
        /// </summary>
        public T Result => state == TaskState.Completed
            ? result
            : state >= TaskState.Faulted ? Joined() : throw new InvalidOperationException("Task " + this + " has not finished.");

        /// <summary>What a joiner gets: the result, or the failure rethrown.</summary>
        internal T Joined()
        {
            if (state == TaskState.Completed) return result;
            if (state >= TaskState.Faulted) RethrowFailure();
            throw new InvalidOperationException("Task " + this + " has not finished: co.Join is resumed only by its scheduler.");
        }

        internal override void Finished()
        {
            if (state == TaskState.Completed) result = ((Generator<CoSignal, Unit, T>)frame!).Result;
            frame = null;
        }
    }
}
