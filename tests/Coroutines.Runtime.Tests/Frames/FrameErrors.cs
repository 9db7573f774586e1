using System;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>What a hand-written frame throws when the runtime steps it at a point it never paused at.</summary>
    internal static class FrameErrors
    {
        public static InvalidOperationException BadResumePoint(int resumeAt) =>
            new InvalidOperationException("test frame stepped at unknown resume point " + resumeAt);
    }
}
