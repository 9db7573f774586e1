namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def producer():
    ///     yield "1"
    ///     yield "2"
    ///     return "done"
    /// </code>
    /// </summary>
    public sealed class Producer : Generator<string, Unit, string>
    {
        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: goto resume1;
                case 2: goto resume2;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            return YieldValue("1", resumeAt: 1);
        resume1:
            Resumed();
            return YieldValue("2", resumeAt: 2);
        resume2:
            Resumed();
            return ReturnValue("done");
        }
    }
}
