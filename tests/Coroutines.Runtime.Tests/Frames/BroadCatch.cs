using System;
using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def broad_catch(log):
    ///     try:
    ///         yield "first"
    ///     except Exception as e:      # in C#: catch (Exception e), optionally when (e is not GeneratorExitException)
    ///         log.append(f"caught {type(e).__name__}")
    ///         yield "caught"
    /// </code>
    /// </summary>
    public sealed class BroadCatch : Generator<string>
    {
        private readonly List<string> log;
        private readonly bool excludeGeneratorExit;

        public BroadCatch(List<string> log, bool excludeGeneratorExit)
        {
            this.log = log;
            this.excludeGeneratorExit = excludeGeneratorExit;
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
                return YieldValue("first", resumeAt: 1);
            resume1:
                Resumed();
                return false;
            }
            catch (Exception e) when (!excludeGeneratorExit || e is not GeneratorExitException)
            {
                log.Add("caught " + e.GetType().Name);
                return YieldValue("caught", resumeAt: 2);
            }
        resume2:
            Resumed();
            return false;
        }
    }

    /// <summary>
    /// <code>
    /// def finally_throws(log):
    ///     try:
    ///         yield 1
    ///     finally:
    ///         raise ValueError("from finally")
    /// </code>
    /// </summary>
    public sealed class FinallyThrows : Generator<int>
    {
        private readonly List<string> log;

        public FinallyThrows(List<string> log) => this.log = log;

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
                return YieldValue(1, resumeAt: 1);
            resume1:
                Resumed();
                log.Add("resumed");
                return false;
            }
            finally
            {
                if (ResumeAt == Running) throw new FormatException("from finally");
            }
        }
    }
}
