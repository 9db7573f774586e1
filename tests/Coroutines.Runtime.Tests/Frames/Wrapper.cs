using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def wrapper(log):
    ///     result = yield from producer()
    ///     log.append(f"subgenerator returned: {result}")
    ///     yield result
    /// </code>
    /// </summary>
    public sealed class Wrapper : Generator<string>
    {
        private readonly List<string> log;
        private Producer? inner;
        private string? result;

        public Wrapper(List<string> log) => this.log = log;

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: goto resume1;
                case 2: goto resume2;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            inner = new Producer();
            return BeginYieldFrom(inner, resumeAt: 1);
        resume1:
            result = EndYieldFrom(inner!);
            inner = null;
            log.Add("subgenerator returned: " + result);
            return YieldValue(result, resumeAt: 2);
        resume2:
            Resumed();
            return false;
        }
    }
}
