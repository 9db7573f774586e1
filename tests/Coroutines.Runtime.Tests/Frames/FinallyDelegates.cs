using System;
using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// A finally block that delegates (lowered by hand, as <see cref="FinallyYields"/>).
    /// <code>
    /// def finally_delegates(log, make_inner):
    ///     try:
    ///         yield "body"
    ///     finally:
    ///         v = yield from make_inner()
    ///         log.append(f"finally got {v}")
    /// </code>
    /// </summary>
    public sealed class FinallyDelegates : Generator<string>
    {
        private readonly List<string> log;
        private readonly Func<IGenerator<string, Unit, string>> makeInner;
        private IGenerator<string, Unit, string>? inner;
        private Exception? pending;

        public FinallyDelegates(List<string> log, Func<IGenerator<string, Unit, string>> makeInner)
        {
            this.log = log;
            this.makeInner = makeInner;
        }

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
                return YieldValue("body", resumeAt: 1);
            resume1:
                Resumed();
            }
            catch (Exception e)
            {
                pending = e;
            }
            inner = makeInner();
            return BeginYieldFrom(inner, resumeAt: 2);
        resume2:
            var v = EndYieldFrom(inner!);
            log.Add("finally got " + v);
            if (pending != null) throw Rethrow(pending);
            return false;
        }
    }
}
