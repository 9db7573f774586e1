using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def countdown(n):
    ///     log.append("starting countdown")
    ///     while n > 0:
    ///         yield n
    ///         n -= 1
    ///     log.append("done")
    /// </code>
    /// </summary>
    public sealed class Countdown : Generator<int>
    {
        public const int YieldLine = 7;

        private readonly List<string>? log;
        private int n;

        public Countdown(int n, List<string>? log = null)
        {
            this.n = n;
            this.log = log;
        }

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: goto resume1;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            log?.Add("starting countdown");
        loop:
            if (n <= 0) goto done;
            return YieldValue(n, resumeAt: 1);
        resume1:
            Resumed();
            n--;
            goto loop;
        done:
            log?.Add("done");
            return false;
        }

        protected override SourceLocation? LocationOf(int resumeAt) =>
            resumeAt == 1 ? new SourceLocation("Countdown.cs", YieldLine) : null;

        protected override void AddLocals(IDictionary<string, object?> locals)
        {
            locals["n"] = n;
        }
    }
}
