using System;
using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def sequence_delegator(log, sequence):
    ///     log.append("outer start")
    ///     try:
    ///         try:
    ///             yield from sequence
    ///             log.append("sequence done")
    ///         except Exception as e:             # never GeneratorExit
    ///             log.append(f"outer caught {type(e).__name__}")
    ///             yield -1
    ///             return "after catch"
    ///         yield 100
    ///         return "end"
    ///     finally:
    ///         log.append("outer finally")
    /// </code>
    /// </summary>
    public sealed class SequenceDelegator : Generator<int, int, string>
    {
        private readonly List<string> log;
        private readonly IEnumerable<int> sequence;

        public SequenceDelegator(List<string> log, IEnumerable<int> sequence)
        {
            this.log = log;
            this.sequence = sequence;
        }

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: case 2: case 3: goto tryRegion;
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
                    case 3: goto resume3;
                }
                return BeginYieldFrom(sequence, resumeAt: 1);
            resume1:
                try
                {
                    EndYieldFrom();
                    log.Add("sequence done");
                }
                catch (Exception e) when (e is not GeneratorExitException)
                {
                    log.Add("outer caught " + e.GetType().Name);
                    return YieldValue(-1, resumeAt: 2);
                }
                return YieldValue(100, resumeAt: 3);
            resume2:
                Resumed();
                return ReturnValue("after catch");
            resume3:
                Resumed();
                return ReturnValue("end");
            }
            finally
            {
                if (ResumeAt == Running) log.Add("outer finally");
            }
        }
    }
}
