using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def cleanup(log):
    ///     log.append("start")
    ///     try:
    ///         log.append("try")
    ///         yield 1
    ///         log.append("after 1")
    ///         yield 2
    ///         log.append("after 2")
    ///     finally:
    ///         log.append("finally")
    ///     log.append("end")
    /// </code>
    /// </summary>
    public sealed class Cleanup : Generator<int>
    {
        private readonly List<string> log;

        public Cleanup(List<string> log) => this.log = log;

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: case 2: goto tryRegion;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            log.Add("start");
        tryRegion:
            try
            {
                switch (ResumeAt)
                {
                    case 1: goto resume1;
                    case 2: goto resume2;
                }
                log.Add("try");
                return YieldValue(1, resumeAt: 1);
            resume1:
                Resumed();
                log.Add("after 1");
                return YieldValue(2, resumeAt: 2);
            resume2:
                Resumed();
                log.Add("after 2");
            }
            finally
            {
                if (ResumeAt == Running) log.Add("finally");
            }
            log.Add("end");
            return false;
        }
    }
}
