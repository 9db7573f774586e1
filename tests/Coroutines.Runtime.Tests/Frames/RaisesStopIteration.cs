namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def raises_stop_iteration():
    ///     yield 1
    ///     raise StopIteration("from body")
    /// </code>
    /// </summary>
    public sealed class RaisesStopIteration : Generator<int>
    {
        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: goto resume1;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            return YieldValue(1, resumeAt: 1);
        resume1:
            Resumed();
            throw new StopIterationException("from body");
        }
    }
}
