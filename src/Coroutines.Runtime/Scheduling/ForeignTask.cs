using System;

namespace Coroutines
{
    internal interface IForeignTask
    {
        Type InnerType { get; }
    }

    /// <summary>
    /// Runs a task generator that is not a generated frame (any <see cref="IGenerator{TYield, TSend, TReturn}"/> of
    /// <see cref="CoSignal"/>) by delegating to it, so the scheduler steps every task the same way.
    /// </summary>
    internal sealed class ForeignTask<T> : Generator<CoSignal, Unit, T>, IForeignTask
    {
        private readonly IGenerator<CoSignal, Unit, T> inner;

        public ForeignTask(IGenerator<CoSignal, Unit, T> inner) => this.inner = inner;

        public Type InnerType => inner.GetType();

        protected override bool Step()
        {
            if (ResumeAt == 0)
            {
                ResumeAt = Running;
                return BeginYieldFrom(inner, 1);
            }
            return ReturnValue(EndYieldFrom(inner));
        }
    }
}
