using System;
using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// A finally block with a yield in it, lowered by hand: the try's outcome is kept in a pending record,
    /// the finally body runs after it, and the pending exception is rethrown at its end.
    /// <code>
    /// def finally_yields(log):
    ///     try:
    ///         yield 1
    ///     finally:
    ///         log.append("finally start")
    ///         yield 2
    ///         log.append("finally end")
    /// </code>
    /// </summary>
    public sealed class FinallyYields : Generator<int>
    {
        private readonly List<string> log;
        private Exception? pending;

        public FinallyYields(List<string> log) => this.log = log;

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
                return YieldValue(1, resumeAt: 1);
            resume1:
                Resumed();
            }
            catch (Exception e)
            {
                pending = e;
            }
            log.Add("finally start");
            return YieldValue(2, resumeAt: 2);
        resume2:
            Resumed();
            log.Add("finally end");
            if (pending != null) throw Rethrow(pending);
            return false;
        }
    }
}
