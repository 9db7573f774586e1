using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading.Tasks;

namespace Coroutines
{
    /// <summary>What a task coroutine asks its scheduler for when it pauses.</summary>
    public enum CoSignalKind
    {
        /// <summary>Let the other ready tasks run, then continue.</summary>
        Yield,
        /// <summary>Continue once <see cref="CoSignal.Delay"/> has passed.</summary>
        Sleep,
        /// <summary>Continue once another task has finished.</summary>
        Join,
        /// <summary>Continue once all of several tasks have finished, or one of them has failed.</summary>
        JoinAll,
        /// <summary>Continue once one of several tasks has finished.</summary>
        JoinAny,
        /// <summary>Continue once a .NET <see cref="System.Threading.Tasks.Task"/> has completed.</summary>
        Await,
    }

    /// <summary>
    /// The value a <see cref="Co"/> coroutine yields: a request to its scheduler. A struct, so pausing allocates nothing.
    /// The generator turns every <c>co.M(args)</c> of a task body into <c>CoSignal.M(args)</c>, and reads the value of a
    /// request that gives one with <c>CoSignal.MResult(Resumed(), args)</c> after the resume.
    /// </summary>
    public readonly struct CoSignal
    {
        /// <summary>For a request without a value of its own (<c>void</c> on <see cref="Co"/>): the scheduler raises a failure at the resume.</summary>
        internal const long RaisesOnResume = 1;

        private readonly CoSignalKind kind;
        private readonly long ticks;
        private readonly object? target;

        private CoSignal(CoSignalKind kind, long ticks, object? target)
        {
            this.kind = kind;
            this.ticks = ticks;
            this.target = target;
        }

        /// <summary>What is asked for.</summary>
        public CoSignalKind Kind => kind;

        /// <summary>How long to sleep, for <see cref="CoSignalKind.Sleep"/>.</summary>
        public TimeSpan Delay => kind == CoSignalKind.Sleep ? new TimeSpan(ticks) : TimeSpan.Zero;

        /// <summary>What is waited for: the <see cref="TaskHandle"/>, the list of handles, or the .NET task; null for Yield and Sleep.</summary>
        public object? Target => target;

        internal long Ticks => ticks;

        // ---- the requests -------------------------------------------------------------------------

        /// <summary>The request behind <c>co.Yield()</c>.</summary>
        public static CoSignal Yield() => default;

        /// <summary>The request behind <c>co.Sleep(seconds)</c>; zero or negative behaves as <see cref="Yield"/>, infinity waits until interrupted or cancelled.</summary>
        public static CoSignal Sleep(double seconds)
        {
            if (double.IsNaN(seconds)) throw new ArgumentException("A sleep of NaN seconds.", nameof(seconds));
            double t = Math.Round(seconds * TimeSpan.TicksPerSecond);
            long delay = t >= long.MaxValue ? long.MaxValue : t <= -long.MaxValue ? -long.MaxValue : (long)t;
            return new CoSignal(CoSignalKind.Sleep, delay, null);
        }

        /// <summary>The request behind <c>co.Sleep(duration)</c>; zero or negative behaves as <see cref="Yield"/>, <see cref="TimeSpan.MaxValue"/> waits until interrupted or cancelled.</summary>
        public static CoSignal Sleep(TimeSpan duration) => new CoSignal(CoSignalKind.Sleep, duration.Ticks, null);

        /// <summary>The request behind <c>co.Join(task)</c>.</summary>
        public static CoSignal Join<T>(TaskHandle<T> task) => new CoSignal(CoSignalKind.Join, 0, task ?? throw new ArgumentNullException(nameof(task)));

        /// <summary>The request behind <c>co.JoinAll(tasks)</c>.</summary>
        public static CoSignal JoinAll<T>(params TaskHandle<T>[] tasks) => new CoSignal(CoSignalKind.JoinAll, 0, Checked(tasks));

        /// <summary>The request behind <c>co.JoinAll(tasks)</c>.</summary>
        public static CoSignal JoinAll<T>(IReadOnlyList<TaskHandle<T>> tasks) => new CoSignal(CoSignalKind.JoinAll, 0, Checked(tasks));

        /// <summary>The request behind <c>co.JoinAll(tasks)</c> for tasks of different result types.</summary>
        public static CoSignal JoinAll(params TaskHandle[] tasks) => new CoSignal(CoSignalKind.JoinAll, RaisesOnResume, Checked(tasks));

        /// <summary>The request behind <c>co.JoinAny(tasks)</c>.</summary>
        public static CoSignal JoinAny<T>(params TaskHandle<T>[] tasks) => new CoSignal(CoSignalKind.JoinAny, 0, CheckedAny(tasks));

        /// <summary>The request behind <c>co.JoinAny(tasks)</c>.</summary>
        public static CoSignal JoinAny<T>(IReadOnlyList<TaskHandle<T>> tasks) => new CoSignal(CoSignalKind.JoinAny, 0, CheckedAny(tasks));

        /// <summary>The request behind <c>co.JoinAny(tasks)</c> for tasks of different result types.</summary>
        public static CoSignal JoinAny(params TaskHandle[] tasks) => new CoSignal(CoSignalKind.JoinAny, 0, CheckedAny(tasks));

        /// <summary>The request behind <c>co.Await(task)</c>.</summary>
        public static CoSignal Await(Task task) => new CoSignal(CoSignalKind.Await, RaisesOnResume, task ?? throw new ArgumentNullException(nameof(task)));

        /// <summary>The request behind <c>co.Await(task)</c> for a task with a result.</summary>
        public static CoSignal Await<T>(Task<T> task) => new CoSignal(CoSignalKind.Await, 0, task ?? throw new ArgumentNullException(nameof(task)));

        // ---- what the requests evaluate to after the resume -----------------------------------------

        /// <summary>Seconds since the running scheduler was created: what <c>co.Now</c> reads.</summary>
        public static double Now => (Scheduler.Current ?? throw new InvalidOperationException(
            "co.Now is read outside a running Scheduler: run the task with Scheduler.Spawn and Run/Tick.")).Now;

        /// <summary>The value of <c>co.Join(task)</c>: its result, or its exception rethrown.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static T JoinResult<T>(Unit resumed, TaskHandle<T> task) => task.Joined();

        /// <summary>The value of <c>co.JoinAll(tasks)</c>: the results in argument order, or the first failure rethrown.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static T[] JoinAllResult<T>(Unit resumed, params TaskHandle<T>[] tasks) => JoinAllResult(resumed, (IReadOnlyList<TaskHandle<T>>)tasks);

        /// <summary>The value of <c>co.JoinAll(tasks)</c>: the results in argument order, or the first failure rethrown.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static T[] JoinAllResult<T>(Unit resumed, IReadOnlyList<TaskHandle<T>> tasks)
        {
            TaskHandle.FirstFailure(tasks)?.RethrowFailure();
            var results = new T[tasks.Count];
            for (int i = 0; i < results.Length; i++) results[i] = tasks[i].Joined();
            return results;
        }

        /// <summary>The value of <c>co.JoinAny(tasks)</c>: the first task to finish.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static TaskHandle<T> JoinAnyResult<T>(Unit resumed, params TaskHandle<T>[] tasks) => (TaskHandle<T>)TaskHandle.FirstFinished(tasks);

        /// <summary>The value of <c>co.JoinAny(tasks)</c>: the first task to finish.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static TaskHandle<T> JoinAnyResult<T>(Unit resumed, IReadOnlyList<TaskHandle<T>> tasks) => (TaskHandle<T>)TaskHandle.FirstFinished(tasks);

        /// <summary>The value of <c>co.JoinAny(tasks)</c>: the first task to finish.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static TaskHandle JoinAnyResult(Unit resumed, params TaskHandle[] tasks) => TaskHandle.FirstFinished(tasks);

        /// <summary>The value of <c>co.Await(task)</c>: its result, or its exception rethrown as <c>await</c> does.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static T AwaitResult<T>(Unit resumed, Task<T> task)
        {
            if (!task.IsCompleted) throw new InvalidOperationException("The awaited task has not completed: co.Await is resumed only by its scheduler.");
            return task.GetAwaiter().GetResult();
        }

        private static object Checked<THandle>(IReadOnlyList<THandle> tasks) where THandle : TaskHandle
        {
            if (tasks is null) throw new ArgumentNullException(nameof(tasks));
            for (int i = 0; i < tasks.Count; i++)
            {
                if (tasks[i] is null) throw new ArgumentException("A task to join is null.", nameof(tasks));
            }
            return tasks;
        }

        private static object CheckedAny<THandle>(IReadOnlyList<THandle> tasks) where THandle : TaskHandle
        {
            var list = Checked(tasks);
            if (tasks.Count == 0) throw new ArgumentException("JoinAny needs at least one task.", nameof(tasks));
            return list;
        }

        /// <inheritdoc/>
        public override string ToString() => kind switch
        {
            CoSignalKind.Yield => "Yield",
            CoSignalKind.Sleep => "Sleep(" + Delay.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "s)",
            _ => kind + "(" + target + ")",
        };
    }
}
