using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def ignores(log):
    ///     try:
    ///         yield "first"
    ///         log.append("resumed normally")
    ///         return
    ///     except GeneratorExit:
    ///         log.append("caught GeneratorExit")
    ///         yield "second"
    ///     log.append("after second")
    /// </code>
    /// </summary>
    public sealed class IgnoresGeneratorExit : Generator<string>
    {
        private readonly List<string> log;

        public IgnoresGeneratorExit(List<string> log) => this.log = log;

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: goto tryRegion;
                case 2: goto resume2;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
        tryRegion:
            try
            {
                if (ResumeAt == 1) goto resume1;
                return YieldValue("first", resumeAt: 1);
            resume1:
                Resumed();
                log.Add("resumed normally");
                return false;
            }
            catch (GeneratorExitException)
            {
                log.Add("caught GeneratorExit");
                return YieldValue("second", resumeAt: 2);
            }
        resume2:
            Resumed();
            log.Add("after second");
            return false;
        }
    }
}
