using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// Yields 1..limit and records what each yield expression evaluated to; returns how many it received.
    /// <code>
    /// def recorder(limit):
    ///     started = True
    ///     for i in range(1, limit + 1):
    ///         received.append((yield i))
    ///     return len(received)
    /// </code>
    /// </summary>
    public sealed class SendRecorder<TSend> : Generator<int, TSend, int>
    {
        private readonly int limit;
        private int i;

        public SendRecorder(int limit) => this.limit = limit;

        public bool Started { get; private set; }

        public List<TSend> Received { get; } = new List<TSend>();

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: goto resume1;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            Started = true;
            i = 0;
        loop:
            if (i >= limit) goto done;
            i++;
            return YieldValue(i, resumeAt: 1);
        resume1:
            Received.Add(Resumed());
            goto loop;
        done:
            return ReturnValue(Received.Count);
        }
    }
}
