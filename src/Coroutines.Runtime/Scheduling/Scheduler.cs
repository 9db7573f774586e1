using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Coroutines
{
    /// <summary>
    /// Runs many task coroutines (<c>[Coroutine]</c> methods with a <see cref="Co"/> context) on one thread: a ready queue
    /// served round-robin, timers in a min-heap keyed by (wake time, insertion order), joins, and .NET tasks awaited
    /// through a thread-safe inbox. Time comes from a <see cref="System.TimeProvider"/>, or from a virtual clock
    /// (<see cref="Virtual"/>) that jumps to the next timer when nothing is ready.
    /// </summary>
    /// <remarks>
    /// Ordering rules: before each step, every timer that is due moves to the tail of the ready queue in (wake time,
    /// insertion) order, then every completed .NET task's awaiter does, in completion order; so a zero or negative
    /// <c>Sleep</c> behaves as <c>Yield</c>. A finished task's joiners go to the tail in the order they joined; a join on a
    /// finished task, or an await of a completed .NET task, returns at once. A scheduler and its tasks are used from one
    /// thread at a time; only the completion of awaited .NET tasks may come from other threads.
    /// </remarks>
    public sealed partial class Scheduler
    {
        [ThreadStatic]
        private static Scheduler? current;

        /// <summary>Null for a virtual clock.</summary>
        private readonly RealClock? clock;
        /// <summary>The scheduler's time in ticks since its creation: the virtual clock, or the real one as sampled before the current step.</summary>
        private long now;

        // Structs, not objects: the hot loop reaches them without another indirection.
        private ReadyQueue ready = new ReadyQueue(16);
        private TimerHeap timers = new TimerHeap(16);
        private long timerSequence;
        private long finishSequence;
        private int lastId;
        private int liveCount;
        /// <summary>The live tasks, in no order (a finished task's place goes to the last one); <see cref="liveCount"/> of them.</summary>
        private TaskHandle?[] live = new TaskHandle?[16];
        private bool driving;
        private readonly List<TaskHandle> unjoined = new List<TaskHandle>();

        /// <summary>A scheduler on the system clock (<see cref="TimeProvider.System"/>).</summary>
        public Scheduler()
            : this(TimeProvider.System)
        {
        }

        /// <summary>A scheduler whose clock is <paramref name="timeProvider"/> (a <c>FakeTimeProvider</c> in tests, for instance).</summary>
        public Scheduler(TimeProvider timeProvider)
        {
            clock = new RealClock(timeProvider ?? throw new ArgumentNullException(nameof(timeProvider)));
        }

        private Scheduler(bool virtualClock)
        {
        }

        /// <summary>
        /// A scheduler on a virtual clock that starts at 0 and jumps to the next timer whenever no task is ready: a simulation
        /// of any length runs as fast as its tasks do, and the same program always runs the same way.
        /// </summary>
        public static Scheduler Virtual() => new Scheduler(virtualClock: true);

        /// <summary>The scheduler running a task on this thread right now (inside <c>Run</c>, <c>Tick</c> or <c>Cancel</c>), if any.</summary>
        public static Scheduler? Current => current;

        /// <summary>True for a scheduler made by <see cref="Virtual"/>.</summary>
        public bool IsVirtual => clock == null;

        /// <summary>The clock of a non-virtual scheduler; null for a virtual one.</summary>
        public TimeProvider? TimeProvider => clock?.Provider;

        /// <summary>
        /// Seconds since the scheduler was created (what <c>co.Now</c> reads). While the scheduler runs, the time taken at the
        /// start of the current step (for <see cref="Tick"/>, at the start of the tick); on a virtual clock, the virtual time.
        /// </summary>
        public double Now => ElapsedTicks / (double)TimeSpan.TicksPerSecond;

        /// <summary><see cref="Now"/> as a <see cref="TimeSpan"/>.</summary>
        public TimeSpan Elapsed => new TimeSpan(ElapsedTicks);

        /// <summary>How many tasks have not finished.</summary>
        public int TaskCount => liveCount;

        /// <summary>The tasks that have not finished, in spawn order, with their state and paused location (a snapshot).</summary>
        public IReadOnlyList<TaskHandle> Tasks => LiveTasks();

        /// <summary>
        /// Raised, on the scheduler's thread, when a task faults and no task is joining it (<c>Join</c> or <c>JoinAll</c>).
        /// Unless the handler calls <see cref="TaskFailedEventArgs.SetObserved"/>, or someone reads the task's exception
        /// before then, <see cref="Run"/> throws the failure at its end in an <see cref="AggregateException"/>.
        /// </summary>
        public event EventHandler<TaskFailedEventArgs>? TaskFailed;

        private long ElapsedTicks => clock == null || driving ? now : clock.ElapsedTicks();

        /// <summary>The live tasks in spawn order.</summary>
        private List<TaskHandle> LiveTasks()
        {
            var list = new List<TaskHandle>(liveCount);
            for (int i = 0; i < liveCount; i++) list.Add(live[i]!);
            list.Sort((a, b) => a.Id.CompareTo(b.Id));
            return list;
        }

        // ---- spawning ----------------------------------------------------------------------------------

        /// <summary>
        /// Adds a task: <paramref name="task"/> (a task coroutine's generator, not started, or paused) goes to the tail of
        /// the ready queue. Returns its handle. A generator runs in one task only.
        /// </summary>
        public TaskHandle<T> Spawn<T>(IGenerator<CoSignal, Unit, T> task, string? name = null)
        {
            if (task is null) throw new ArgumentNullException(nameof(task));
            if (task.State == CoroutineState.Running) throw new ArgumentException("The generator is executing right now.", nameof(task));
            var frame = task as Generator<CoSignal, Unit, T> ?? new ForeignTask<T>(task);
            var handle = new TaskHandle<T>(this, frame, ++lastId, name);
            if (liveCount == live.Length) Array.Resize(ref live, live.Length * 2);
            handle.liveIndex = liveCount;
            live[liveCount++] = handle;
            ready.Enqueue(handle);
            return handle;
        }

        // ---- driving -----------------------------------------------------------------------------------

        /// <summary>
        /// Runs until no task is left. Throws an <see cref="AggregateException"/> of the failures that nobody joined or read,
        /// and an <see cref="InvalidOperationException"/> when tasks are left that nothing can wake (they wait for each
        /// other, or sleep forever): its message lists them with their locations.
        /// </summary>
        public void Run()
        {
            Stop stop;
            Enter();
            try
            {
                stop = Loop(null, long.MaxValue);
            }
            finally
            {
                Exit();
            }
            if (stop == Stop.Stalled) throw Stalled("Run");
            var failures = TakeUnjoinedFailures();
            if (failures != null) throw failures;
        }

        /// <summary>Runs until <paramref name="task"/> has finished; returns its result, or rethrows its exception. Other tasks may be left.</summary>
        public T RunUntilComplete<T>(TaskHandle<T> task)
        {
            RunUntilComplete((TaskHandle)task);
            return task.Joined();
        }

        /// <summary>Runs until <paramref name="task"/> has finished; rethrows its exception. Other tasks may be left.</summary>
        public void RunUntilComplete(TaskHandle task)
        {
            if (task is null) throw new ArgumentNullException(nameof(task));
            if (task.scheduler != this) throw new ArgumentException("The task belongs to another scheduler.", nameof(task));
            Stop stop;
            Enter();
            try
            {
                stop = Loop(task, long.MaxValue);
            }
            finally
            {
                Exit();
            }
            if (stop == Stop.Stalled) throw Stalled("RunUntilComplete");
            if (task.state >= TaskState.Faulted) task.RethrowFailure();
        }

        /// <summary>Runs for <paramref name="duration"/> from now: see <see cref="RunUntil(TimeSpan)"/>.</summary>
        public void RunFor(TimeSpan duration) => RunUntilTicks(Saturated(ElapsedTicks, duration.Ticks));

        /// <summary>Runs for <paramref name="seconds"/> from now: see <see cref="RunUntil(TimeSpan)"/>.</summary>
        public void RunFor(double seconds) => RunUntilTicks(Saturated(ElapsedTicks, SecondsToTicks(seconds)));

        /// <summary>
        /// Runs until the clock reads <paramref name="time"/> (since the scheduler was created): every timer due up to and
        /// including it runs, and the clock is left there. A virtual clock jumps from timer to timer; a real one is waited for.
        /// Tasks still waiting are left for the next run.
        /// </summary>
        public void RunUntil(TimeSpan time) => RunUntilTicks(time.Ticks);

        /// <summary>Runs until the clock reads <paramref name="seconds"/> since the scheduler was created: see <see cref="RunUntil(TimeSpan)"/>.</summary>
        public void RunUntil(double seconds) => RunUntilTicks(SecondsToTicks(seconds));

        /// <summary>
        /// One round for a game loop that owns the thread: due timers (and completed .NET tasks) move to the ready queue, then
        /// each task ready at that moment is resumed once; tasks that become ready meanwhile wait for the next tick. Never
        /// moves the clock (a real clock is read once, at the start). Returns how many tasks were resumed.
        /// </summary>
        public int Tick()
        {
            Enter();
            try
            {
                if (clock != null) now = clock.ElapsedTicks();
                MoveDueAndCompleted(now);
                int round = ready.Count;
                int resumed = 0;
                for (int i = 0; i < round; i++)
                {
                    if (i > 0) MoveDueAndCompleted(now);
                    var task = ready.Dequeue();
                    if (task.state != TaskState.Ready) continue;
                    Step(task);
                    resumed++;
                }
                return resumed;
            }
            finally
            {
                Exit();
            }
        }

        private void RunUntilTicks(long deadline)
        {
            Enter();
            try
            {
                Loop(null, deadline);
            }
            finally
            {
                Exit();
            }
        }

        private void Enter()
        {
            if (driving) throw new InvalidOperationException("The scheduler is already running: Run, RunUntil, RunFor, RunUntilComplete and Tick do not nest.");
            driving = true;
            saved = current;
            current = this;
        }

        private Scheduler? saved;

        private void Exit()
        {
            current = saved;
            saved = null;
            driving = false;
        }

        private enum Stop { Done, Deadline, Stalled }

        /// <summary>The scheduler's loop: until <paramref name="until"/> finishes, or the clock reaches <paramref name="deadline"/>, or (for Run) no task is left.</summary>
        private Stop Loop(TaskHandle? until, long deadline)
        {
            // The hot loop steps tasks inline, inside one try region: a task's exception is caught below and recorded,
            // and the loop goes on. Anything else that throws here (an event handler, say) leaves Run.
            TaskHandle? task = null;
            bool stepping = false;
            while (true)
            {
                try
                {
                    while (true)
                    {
                        if (until != null && until.state >= TaskState.Completed) return Stop.Done;
                        if (clock != null) now = clock.ElapsedTicks();
                        long limit = now <= deadline ? now : deadline;
                        if (timers.Count != 0 && timers.MinWake <= limit) MoveDueTimers(limit);
                        if (awaiting != 0 && inboxCount != 0) DrainInbox();
                        if (ready.Count == 0)
                        {
                            if (until == null && deadline == long.MaxValue && liveCount == 0) return Stop.Done;
                            if (!WaitForWork(deadline)) return deadline == long.MaxValue ? Stop.Stalled : Stop.Deadline;
                            continue;
                        }
                        task = ready.Dequeue();
                        if (task.state != TaskState.Ready) continue;
                        var frame = task.frame!;
                        while (true)
                        {
                            task.state = TaskState.Running;
                            stepping = true;
                            bool paused = task.pendingThrow == null ? frame.MoveNext() : ThrowInto(task, frame);
                            stepping = false;
                            if (!paused)
                            {
                                Finish(task, TaskState.Completed, null);
                                break;
                            }
                            var signal = frame.Current;
                            if (signal.Kind == CoSignalKind.Yield)
                            {
                                task.state = TaskState.Ready;
                                ready.Enqueue(task);
                                break;
                            }
                            if (Parked(task, signal)) break;
                        }
                    }
                }
                catch (Exception e) when (stepping)
                {
                    stepping = false;
                    Finish(task!, TaskState.Faulted, e);
                }
            }
        }

        private void MoveDueAndCompleted(long limit)
        {
            if (timers.Count != 0 && timers.MinWake <= limit) MoveDueTimers(limit);
            if (awaiting != 0 && inboxCount != 0) DrainInbox();
        }

        /// <summary>Moves every timer due at <paramref name="limit"/> to the ready tail, in (wake, insertion) order.</summary>
        private void MoveDueTimers(long limit)
        {
            while (timers.Count != 0 && timers.MinWake <= limit)
            {
                var task = timers.Pop(out long sequence);
                if (task.state != TaskState.Sleeping || task.timerSequence != sequence) continue;
                task.state = TaskState.Ready;
                ready.Enqueue(task);
            }
        }

        /// <summary>Drops the timers of tasks that stopped sleeping (interrupted, cancelled) from the top of the heap.</summary>
        private void DropStaleTimers()
        {
            while (timers.Count != 0)
            {
                var task = timers.MinTask;
                if (task.state == TaskState.Sleeping && task.timerSequence == timers.MinSequence) return;
                timers.Pop(out _);
            }
        }

        /// <summary>
        /// Nothing is ready: move the virtual clock to the next timer, or wait for the real clock or a .NET task.
        /// False when nothing can happen before <paramref name="deadline"/> (the virtual clock is then left at the deadline).
        /// </summary>
        private bool WaitForWork(long deadline)
        {
            DropStaleTimers();
            if (clock == null)
            {
                if (timers.Count != 0 && timers.MinWake <= deadline)
                {
                    if (timers.MinWake > now) now = timers.MinWake;
                    return true;
                }
                if (awaiting != 0)
                {
                    // A .NET task takes no virtual time: wait for it before moving the clock to the deadline.
                    BlockUntil(long.MaxValue);
                    return true;
                }
                if (deadline != long.MaxValue && deadline > now) now = deadline;
                return false;
            }
            if (now >= deadline) return false;
            long target = deadline;
            if (timers.Count != 0 && timers.MinWake < target) target = timers.MinWake;
            if (target == long.MaxValue && awaiting == 0) return false;
            BlockUntil(target);
            return true;
        }

        // ---- one step ------------------------------------------------------------------------------------

        /// <summary>Resumes <paramref name="task"/> until it pauses on something it must wait for, or finishes (for <see cref="Tick"/>).</summary>
        private void Step(TaskHandle task)
        {
            var frame = task.frame!;
            while (true)
            {
                task.state = TaskState.Running;
                bool paused;
                try
                {
                    paused = task.pendingThrow == null ? frame.MoveNext() : ThrowInto(task, frame);
                }
                catch (Exception e)
                {
                    Finish(task, TaskState.Faulted, e);
                    return;
                }
                if (!paused)
                {
                    Finish(task, TaskState.Completed, null);
                    return;
                }
                var signal = frame.Current;
                if (signal.Kind == CoSignalKind.Yield)
                {
                    task.state = TaskState.Ready;
                    ready.Enqueue(task);
                    return;
                }
                if (Parked(task, signal)) return;
            }
        }

        /// <summary>Delivers the exception pending for the task (an interrupt, a failed await) at its pause point.</summary>
        private static bool ThrowInto(TaskHandle task, Frames.CoroutineFrame<CoSignal, Unit> frame)
        {
            var error = task.pendingThrow!;
            task.NextInterrupt();
            return frame.TryThrow(error);
        }

        /// <summary>
        /// The task paused with a request other than Yield: queue, sleep or wait. False when it goes on at once (a join on a
        /// finished task, an await of a completed .NET task, a request refused with an exception to raise).
        /// </summary>
        private bool Parked(TaskHandle task, CoSignal signal)
        {
            if (task.pendingThrow != null)
            {
                // Interrupted while it ran: the interrupt comes first, at its next turn.
                task.state = TaskState.Ready;
                ready.Enqueue(task);
                return true;
            }
            if (signal.Kind == CoSignalKind.Sleep)
            {
                Sleep(task, signal.Ticks);
                return true;
            }
            return Wait(task, signal);
        }

        private void Sleep(TaskHandle task, long ticks)
        {
            task.state = TaskState.Sleeping;
            long wake = Saturated(now, ticks);
            if (wake == long.MaxValue)
            {
                task.timerSequence = -1;    // forever: until interrupted or cancelled
                return;
            }
            long sequence = ++timerSequence;
            task.timerSequence = sequence;
            timers.Push(wake, sequence, task);
        }

        /// <summary>Parks <paramref name="task"/> on a join or an await; false when it goes on at once.</summary>
        private bool Wait(TaskHandle task, CoSignal signal)
        {
            switch (signal.Kind)
            {
                case CoSignalKind.Join:
                {
                    var target = (TaskHandle)signal.Target!;
                    if (!CanJoin(task, target)) return false;
                    if (target.IsCompleted) return false;
                    task.waitKind = CoSignalKind.Join;
                    task.state = TaskState.Joining;
                    target.AddJoiner(task);
                    return true;
                }
                case CoSignalKind.JoinAll:
                {
                    var targets = (IReadOnlyList<TaskHandle>)signal.Target!;
                    bool raises = signal.Ticks == CoSignal.RaisesOnResume;
                    int pending = 0;
                    bool failed = false;
                    for (int i = 0; i < targets.Count; i++)
                    {
                        var target = targets[i];
                        if (!CanJoin(task, target)) return false;
                        if (!target.IsCompleted) pending++;
                        else if (target.state != TaskState.Completed) failed = true;
                    }
                    if (failed || pending == 0)
                    {
                        if (failed && raises) task.pendingThrow = TaskHandle.FirstFailure(targets)!.Failure();
                        return false;
                    }
                    task.waitKind = CoSignalKind.JoinAll;
                    task.raisesOnResume = raises;
                    task.waitCount = pending;
                    task.state = TaskState.Joining;
                    for (int i = 0; i < targets.Count; i++)
                    {
                        if (!targets[i].IsCompleted) targets[i].AddJoiner(task);
                    }
                    return true;
                }
                case CoSignalKind.JoinAny:
                {
                    var targets = (IReadOnlyList<TaskHandle>)signal.Target!;
                    for (int i = 0; i < targets.Count; i++)
                    {
                        if (!CanJoin(task, targets[i])) return false;
                        if (targets[i].IsCompleted) return false;
                    }
                    task.waitKind = CoSignalKind.JoinAny;
                    task.state = TaskState.Joining;
                    for (int i = 0; i < targets.Count; i++) targets[i].AddJoiner(task);
                    return true;
                }
                case CoSignalKind.Await:
                    return Await(task, (Task)signal.Target!, signal.Ticks == CoSignal.RaisesOnResume);
                default:
                    task.pendingThrow = new NotSupportedException("Unknown scheduler request " + signal + ".");
                    return false;
            }
        }

        private bool CanJoin(TaskHandle task, TaskHandle target)
        {
            if (target.scheduler != this)
                task.pendingThrow = new InvalidOperationException("Task " + target + " belongs to another scheduler and cannot be joined from this one.");
            else if (target == task)
                task.pendingThrow = new InvalidOperationException("A task cannot join itself.");
            return task.pendingThrow == null;
        }

        /// <summary>The task has finished: record it, wake its joiners, report a failure nobody joined.</summary>
        private void Finish(TaskHandle task, TaskState outcome, Exception? exception)
        {
            task.state = outcome;
            task.exception = exception;
            task.pendingThrow = null;
            task.waitTarget = null;
            task.Finished();
            task.finishOrder = ++finishSequence;

            var moved = live[--liveCount]!;
            live[task.liveIndex] = moved;
            moved.liveIndex = task.liveIndex;
            live[liveCount] = null;
            task.liveIndex = -1;

            bool joined = WakeJoiners(task);
            if (outcome == TaskState.Faulted && !joined)
            {
                // Dropping the failures observed since now and then keeps a scheduler that never ends Run (a game loop on Tick) small.
                if (unjoined.Count >= 8 && (unjoined.Count & (unjoined.Count - 1)) == 0) unjoined.RemoveAll(t => t.observed);
                unjoined.Add(task);
                TaskFailed?.Invoke(this, new TaskFailedEventArgs(task, exception!));
            }
        }

        /// <summary>Sends the joiners of a finished task to the ready tail, in join order; true when one of them will see its failure.</summary>
        private bool WakeJoiners(TaskHandle finished)
        {
            var joiners = finished.joiners;
            if (joiners == null) return false;
            finished.joiners = null;
            bool failed = finished.state != TaskState.Completed;
            bool joined = false;
            foreach (var joiner in joiners)
            {
                var task = joiner.Task;
                if (task.waitId != joiner.WaitId || task.state != TaskState.Joining) continue;
                switch (task.waitKind)
                {
                    case CoSignalKind.Join:
                        joined = true;
                        Wake(task);
                        break;
                    case CoSignalKind.JoinAll:
                        joined = true;
                        if (failed)
                        {
                            if (task.raisesOnResume) task.pendingThrow = finished.Failure();
                            Wake(task);
                        }
                        else if (--task.waitCount == 0)
                        {
                            Wake(task);
                        }
                        break;
                    default:
                        Wake(task);
                        break;
                }
            }
            return joined;
        }

        /// <summary>Ends the task's wait and sends it to the ready tail.</summary>
        private void Wake(TaskHandle task)
        {
            task.waitId++;
            task.waitTarget = null;
            task.state = TaskState.Ready;
            ready.Enqueue(task);
        }

        // ---- cancel and interrupt ---------------------------------------------------------------------------

        internal bool Cancel(TaskHandle task)
        {
            if (task.IsCompleted) return false;
            if (task.state == TaskState.Running)
                throw new InvalidOperationException("Task " + task + " is running: a task cannot cancel itself; return or throw instead.");
            if (task.state == TaskState.Awaiting) awaiting--;
            task.waitId++;
            task.waitTarget = null;
            task.state = TaskState.Running;

            var frame = task.frame!;
            var outerCurrent = current;
            current = this;
            Exception? error = null;
            try
            {
                frame.Close();
            }
            catch (Exception e)
            {
                error = e;
            }
            finally
            {
                current = outerCurrent;
            }
            if (error != null) Finish(task, TaskState.Faulted, error);
            else Finish(task, TaskState.Cancelled, new OperationCanceledException("Task #" + task.Id + " " + task.Name + " was cancelled."));
            return true;
        }

        internal bool Interrupt(TaskHandle task, Exception exception)
        {
            if (exception is null) throw new ArgumentNullException(nameof(exception));
            if (task.IsCompleted) return false;
            if (task.pendingThrow != null)
            {
                task.QueueInterrupt(exception);
                return true;
            }
            task.pendingThrow = exception;
            switch (task.state)
            {
                case TaskState.Awaiting:
                    awaiting--;
                    Wake(task);
                    break;
                case TaskState.Sleeping:
                case TaskState.Joining:
                    Wake(task);
                    break;
            }
            return true;
        }

        // ---- failures ------------------------------------------------------------------------------------------

        private AggregateException? TakeUnjoinedFailures()
        {
            List<Exception>? failures = null;
            foreach (var task in unjoined)
            {
                if (!task.observed) (failures ??= new List<Exception>()).Add(task.exception!);
            }
            unjoined.Clear();
            if (failures == null) return null;
            return new AggregateException(
                failures.Count == 1 ? "A task failed and nobody joined it or read its exception." : failures.Count + " tasks failed and nobody joined them or read their exceptions.",
                failures);
        }

        private InvalidOperationException Stalled(string method)
        {
            var text = new StringBuilder();
            text.Append(method).Append(" cannot go on: ").Append(liveCount).Append(liveCount == 1 ? " task waits" : " tasks wait")
                .Append(" for something that no task, timer or .NET task will bring:");
            int shown = 0;
            foreach (var t in LiveTasks())
            {
                if (++shown > 20)
                {
                    text.Append("\n  …");
                    break;
                }
                text.Append("\n  ").Append(t);
            }
            return new InvalidOperationException(text.ToString(), TakeUnjoinedFailures());
        }

        // ---- time --------------------------------------------------------------------------------------------

        private static long Saturated(long time, long delta)
        {
            if (delta > 0 && time > long.MaxValue - delta) return long.MaxValue;
            if (delta < 0 && time < long.MinValue - delta) return long.MinValue;
            return time + delta;
        }

        private static long SecondsToTicks(double seconds)
        {
            if (double.IsNaN(seconds)) throw new ArgumentException("A time of NaN seconds.", nameof(seconds));
            double t = Math.Round(seconds * TimeSpan.TicksPerSecond);
            return t >= long.MaxValue ? long.MaxValue : t <= -long.MaxValue ? -long.MaxValue : (long)t;
        }
    }
}
