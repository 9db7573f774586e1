using System;
using System.Collections.Generic;

namespace Coroutines
{
    /// <summary>
    /// Context of a coroutine that yields <typeparamref name="TYield"/> and receives <typeparamref name="TSend"/>.
    /// Its members only mark resume points for the generator; executing one is a bug.
    /// </summary>
    public sealed class Co<TYield, TSend>
    {
        private Co() { }

        /// <summary>Pauses, hands <paramref name="value"/> to the caller, and evaluates to the value sent in.</summary>
        public TSend Yield(TYield value) => throw ContextMarker.Executed();

        /// <summary>Delegates to <paramref name="inner"/> until it finishes; evaluates to its return value.</summary>
        public TReturn YieldFrom<TReturn>(IGenerator<TYield, TSend, TReturn> inner) => throw ContextMarker.Executed();

        /// <summary>Yields every item of a plain sequence; a sent value other than default raises <see cref="NotSupportedException"/>.</summary>
        public void YieldFrom(IEnumerable<TYield> sequence) => throw ContextMarker.Executed();
    }

    /// <summary>
    /// Context of a coroutine that yields <typeparamref name="TYield"/> and receives nothing.
    /// Its members only mark resume points for the generator; executing one is a bug.
    /// </summary>
    public sealed class Co<TYield>
    {
        private Co() { }

        /// <summary>Pauses and hands <paramref name="value"/> to the caller.</summary>
        public void Yield(TYield value) => throw ContextMarker.Executed();

        /// <summary>Delegates to <paramref name="inner"/> until it finishes; evaluates to its return value.</summary>
        public TReturn YieldFrom<TReturn>(IGenerator<TYield, Unit, TReturn> inner) => throw ContextMarker.Executed();

        /// <summary>Yields every item of a plain sequence.</summary>
        public void YieldFrom(IEnumerable<TYield> sequence) => throw ContextMarker.Executed();
    }

    /// <summary>
    /// Context of a scheduler task. Its members only mark resume points for the generator; executing one is a bug.
    /// A task coroutine yields <see cref="CoSignal"/> values that tell its scheduler what it waits for.
    /// </summary>
    public sealed class Co
    {
        private Co() { }

        /// <summary>Gives the other ready tasks a turn.</summary>
        public void Yield() => throw ContextMarker.Executed();

        /// <summary>Waits <paramref name="seconds"/> on the scheduler's clock.</summary>
        public void Sleep(double seconds) => throw ContextMarker.Executed();

        /// <summary>Waits <paramref name="duration"/> on the scheduler's clock.</summary>
        public void Sleep(TimeSpan duration) => throw ContextMarker.Executed();

        /// <summary>Runs another task coroutine inside this one; evaluates to its return value.</summary>
        public TReturn YieldFrom<TReturn>(IGenerator<CoSignal, Unit, TReturn> inner) => throw ContextMarker.Executed();

        /// <summary>Seconds since the running <see cref="Scheduler"/> was created, on its clock (virtual or real).</summary>
        public double Now => throw ContextMarker.Executed();

        /// <summary>
        /// Waits until <paramref name="task"/> finishes; evaluates to its result, or rethrows its exception
        /// (<see cref="OperationCanceledException"/> when it was cancelled). Returns at once when it has already finished.
        /// </summary>
        public T Join<T>(TaskHandle<T> task) => throw ContextMarker.Executed();

        /// <summary>
        /// Waits until every task has finished; evaluates to their results in argument order. The first failure to occur
        /// is rethrown as soon as it occurs; the other tasks keep running.
        /// </summary>
        public T[] JoinAll<T>(params TaskHandle<T>[] tasks) => throw ContextMarker.Executed();

        /// <inheritdoc cref="JoinAll{T}(TaskHandle{T}[])"/>
        public T[] JoinAll<T>(IReadOnlyList<TaskHandle<T>> tasks) => throw ContextMarker.Executed();

        /// <summary>Waits until every task (of any result type) has finished; rethrows the first failure to occur.</summary>
        public void JoinAll(params TaskHandle[] tasks) => throw ContextMarker.Executed();

        /// <summary>
        /// Waits until one of the tasks finishes; evaluates to the first one to finish (which may have failed: read its
        /// <see cref="TaskHandle.Exception"/> or join it). The others keep running.
        /// </summary>
        public TaskHandle<T> JoinAny<T>(params TaskHandle<T>[] tasks) => throw ContextMarker.Executed();

        /// <inheritdoc cref="JoinAny{T}(TaskHandle{T}[])"/>
        public TaskHandle<T> JoinAny<T>(IReadOnlyList<TaskHandle<T>> tasks) => throw ContextMarker.Executed();

        /// <inheritdoc cref="JoinAny{T}(TaskHandle{T}[])"/>
        public TaskHandle JoinAny(params TaskHandle[] tasks) => throw ContextMarker.Executed();

        /// <summary>
        /// Waits until a .NET task completes and continues on the scheduler's thread; rethrows its exception
        /// (the first inner one, as <c>await</c> does; <see cref="System.Threading.Tasks.TaskCanceledException"/> when it was cancelled).
        /// </summary>
        public void Await(System.Threading.Tasks.Task task) => throw ContextMarker.Executed();

        /// <summary>Waits until a .NET task completes and continues on the scheduler's thread; evaluates to its result or rethrows, as <c>await</c> does.</summary>
        public T Await<T>(System.Threading.Tasks.Task<T> task) => throw ContextMarker.Executed();
    }

    internal static class ContextMarker
    {
        public static NotSupportedException Executed() => new NotSupportedException(
            "Coroutine context members are resume points compiled by the Coroutines generator and cannot be executed. " +
            "Is the method marked [Coroutine] and declared partial, and does the project reference the Coroutines.Generator package?");
    }
}
