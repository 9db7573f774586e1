using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// The parent of a <see cref="ReturnsOnGeneratorExit"/> that, when closed, delegates to a fresh generator
    /// in its GeneratorExit handler before letting the exit go on.
    /// <code>
    /// def exit_handler(log):
    ///     try:
    ///         r = yield from returns_on_exit(log)
    ///         log.append(f"got {r}")
    ///     except GeneratorExit:
    ///         v = yield from quick()
    ///         log.append(f"handler got {v}")
    ///         raise
    /// </code>
    /// </summary>
    public sealed class DelegatesInExitHandler : Generator<int, Unit, string>
    {
        private readonly List<string> log;
        private ReturnsOnGeneratorExit? child;
        private Quick<int>? handler;
        private GeneratorExitException? caught;

        public DelegatesInExitHandler(List<string> log) => this.log = log;

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
                child = new ReturnsOnGeneratorExit(log);
                return BeginYieldFrom(child, resumeAt: 1);
            resume1:
                var r = EndYieldFrom(child!);
                log.Add("got " + r);
                return ReturnValue(r);
            }
            catch (GeneratorExitException e)
            {
                caught = e;
            }
            handler = new Quick<int>();
            return BeginYieldFrom(handler, resumeAt: 2);
        resume2:
            var v = EndYieldFrom(handler!);
            log.Add("handler got " + v);
            throw Rethrow(caught!);
        }
    }

    /// <summary>
    /// <code>
    /// def sequence_in_exit_handler():
    ///     try:
    ///         yield 0
    ///     except GeneratorExit:
    ///         yield from [1, 2]
    /// </code>
    /// </summary>
    public sealed class SequenceInExitHandler : Generator<int>
    {
        private readonly IEnumerable<int> sequence;

        public SequenceInExitHandler(IEnumerable<int> sequence) => this.sequence = sequence;

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
                return YieldValue(0, resumeAt: 1);
            resume1:
                Resumed();
                return false;
            }
            catch (GeneratorExitException)
            {
            }
            return BeginYieldFrom(sequence, resumeAt: 2);
        resume2:
            EndYieldFrom();
            return false;
        }
    }
}
