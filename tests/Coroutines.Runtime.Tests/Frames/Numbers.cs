using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// Yields start, start+1, ... (count values, or forever when count is negative) and returns how many it yielded.
    /// <code>
    /// def numbers(start, count, log):
    ///     i = 0
    ///     try:
    ///         while count &lt; 0 or i &lt; count:
    ///             yield start + i
    ///             i += 1
    ///         return i
    ///     finally:
    ///         log.append("leaf finally")
    /// </code>
    /// </summary>
    public sealed class Numbers : Generator<int, Unit, int>
    {
        private readonly int start;
        private readonly int count;
        private readonly List<string>? log;
        private int i;

        public Numbers(int start, int count, List<string>? log = null)
        {
            this.start = start;
            this.count = count;
            this.log = log;
        }

        protected override bool Step()
        {
            try
            {
                switch (ResumeAt)
                {
                    case 0: ResumeAt = Running; break;
                    case 1: goto resume1;
                    default: throw FrameErrors.BadResumePoint(ResumeAt);
                }
                i = 0;
            loop:
                if (count >= 0 && i >= count) return ReturnValue(i);
                return YieldValue(start + i, resumeAt: 1);
            resume1:
                Resumed();
                i++;
                goto loop;
            }
            finally
            {
                if (ResumeAt == Running) log?.Add("leaf finally");
            }
        }
    }
}
