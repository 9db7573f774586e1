using System;
using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def delegator(log, inner, catch_errors):
    ///     log.append("outer start")
    ///     try:
    ///         try:
    ///             r = yield from inner
    ///             log.append(f"outer got {r}")
    ///         except Exception as e:             # only when catch_errors; never GeneratorExit
    ///             log.append(f"outer caught {type(e).__name__}: {e}")
    ///             r = "caught"
    ///         sent = yield f"outer yields {r}"
    ///         return f"outer returns {sent}"
    ///     finally:
    ///         log.append("outer finally")
    /// </code>
    /// </summary>
    public sealed class Delegator : Generator<string, string?, string>
    {
        private readonly List<string> log;
        private readonly IGenerator<string, string?, string> inner;
        private readonly bool catchErrors;
        private string? r;

        public Delegator(List<string> log, IGenerator<string, string?, string> inner, bool catchErrors = false)
        {
            this.log = log;
            this.inner = inner;
            this.catchErrors = catchErrors;
        }

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: case 2: goto tryRegion;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            log.Add("outer start");
        tryRegion:
            try
            {
                switch (ResumeAt)
                {
                    case 1: goto resume1;
                    case 2: goto resume2;
                }
                return BeginYieldFrom(inner, resumeAt: 1);
            resume1:
                try
                {
                    r = EndYieldFrom(inner);
                    log.Add("outer got " + (r ?? "null"));
                }
                catch (Exception e) when (catchErrors && e is not GeneratorExitException)
                {
                    log.Add("outer caught " + e.GetType().Name + ": " + e.Message);
                    r = "caught";
                }
                return YieldValue("outer yields " + (r ?? "null"), resumeAt: 2);
            resume2:
                string? sent = Resumed();
                return ReturnValue("outer returns " + (sent ?? "null"));
            }
            finally
            {
                if (ResumeAt == Running) log.Add("outer finally");
            }
        }
    }
}
