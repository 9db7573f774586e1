using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def returns_on_exit(log):
    ///     try:
    ///         yield 1
    ///         return "finished normally"
    ///     except GeneratorExit:
    ///         log.append("caught GeneratorExit")
    ///         return "closed cleanly"
    /// </code>
    /// </summary>
    public sealed class ReturnsOnGeneratorExit : Generator<int, Unit, string>
    {
        private readonly List<string> log;

        public ReturnsOnGeneratorExit(List<string> log) => this.log = log;

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: break;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            try
            {
                if (ResumeAt == 1) goto resume1;
                return YieldValue(1, resumeAt: 1);
            resume1:
                Resumed();
                return ReturnValue("finished normally");
            }
            catch (GeneratorExitException)
            {
                log.Add("caught GeneratorExit");
                return ReturnValue("closed cleanly");
            }
        }
    }
}
