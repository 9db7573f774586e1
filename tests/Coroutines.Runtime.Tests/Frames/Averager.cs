namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def averager():
    ///     total = 0; count = 0; average = None
    ///     while True:
    ///         value = yield average
    ///         total += value; count += 1
    ///         average = total / count
    /// </code>
    /// </summary>
    public sealed class Averager : Generator<double?, double, Unit>
    {
        private double total;
        private int count;
        private double? average;

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: goto resume1;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            total = 0;
            count = 0;
            average = null;
        loop:
            return YieldValue(average, resumeAt: 1);
        resume1:
            double value = Resumed();
            total += value;
            count++;
            average = total / count;
            goto loop;
        }
    }
}
