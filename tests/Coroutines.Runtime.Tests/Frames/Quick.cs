namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// A generator that returns without ever yielding.
    /// <code>
    /// def quick():
    ///     return "quick"
    ///     yield
    /// </code>
    /// </summary>
    public sealed class Quick<TYield> : Generator<TYield, Unit, string>
    {
        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            return ReturnValue("quick");
        }
    }
}
