namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def yields_own_state():
    ///     yield inspect.getgeneratorstate(me)
    /// </code>
    /// </summary>
    public sealed class YieldsOwnState : Generator<CoroutineState>
    {
        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: goto resume1;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            return YieldValue(State, resumeAt: 1);
        resume1:
            Resumed();
            return false;
        }
    }
}
