namespace Coroutines.Generator.Check
{
    /// <summary>The kinds of context calls that pause the body.</summary>
    internal enum ResumeKind
    {
        /// <summary>co.Yield(value): yields the value, evaluates to the sent value.</summary>
        Yield,
        /// <summary>
        /// co.M(args) on a task context (Co): yields <c>CoSignal.M(args)</c> to the scheduler; a value-returning M
        /// evaluates after the resume to <c>CoSignal.MResult(Resumed(), args)</c>.
        /// </summary>
        TaskRequest,
        /// <summary>co.YieldFrom(generator): delegates, evaluates to the generator's return value.</summary>
        YieldFromGenerator,
        /// <summary>co.YieldFrom(sequence): delegates to a plain sequence.</summary>
        YieldFromSequence,
    }

    /// <summary>A resume point found by <see cref="BodyChecker"/>: its kind and, for delegation, the delegate's type.</summary>
    internal sealed record ResumePoint(ResumeKind Kind, string? DelegateType, string? TaskMethod = null, bool ReturnsValue = false);
}
