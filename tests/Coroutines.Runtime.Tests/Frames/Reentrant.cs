using System;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// A body that resumes its own generator (through <c>poke</c>) and yields what happened, twice.
    /// <code>
    /// def reentrant():
    ///     for _ in range(2):
    ///         try:
    ///             poke(me)
    ///             outcome = "no error"
    ///         except ValueError as e:
    ///             outcome = str(e)
    ///         yield outcome
    /// </code>
    /// </summary>
    public sealed class Reentrant : Generator<string>
    {
        private readonly Action<Reentrant> poke;
        private int round;

        public Reentrant(Action<Reentrant> poke) => this.poke = poke;

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: goto resume1;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            round = 0;
        loop:
            string outcome;
            try
            {
                poke(this);
                outcome = "no error";
            }
            catch (InvalidOperationException e)
            {
                outcome = e.Message;
            }
            return YieldValue(outcome, resumeAt: 1);
        resume1:
            Resumed();
            round++;
            if (round < 2) goto loop;
            return false;
        }
    }
}
