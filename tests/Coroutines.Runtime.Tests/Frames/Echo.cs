using System;
using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// Answers each sent value; handles <see cref="FormatException"/> thrown in; returns when sent "stop".
    /// <code>
    /// def echo(log):
    ///     reply = "ready"
    ///     try:
    ///         while True:
    ///             try:
    ///                 v = yield reply
    ///             except ValueError as e:        # FormatException
    ///                 reply = f"echo handled {e}"
    ///                 continue
    ///             log.append(f"echo got {v}")
    ///             if v == "stop":
    ///                 return "echo done"
    ///             reply = f"echo:{v}"
    ///     finally:
    ///         log.append("echo finally")
    /// </code>
    /// </summary>
    public sealed class Echo : Generator<string, string?, string>
    {
        private readonly List<string> log;
        private string reply = "";

        public Echo(List<string> log) => this.log = log;

        protected override bool Step()
        {
            switch (ResumeAt)
            {
                case 0: ResumeAt = Running; break;
                case 1: break;
                default: throw FrameErrors.BadResumePoint(ResumeAt);
            }
            try
            {
                if (ResumeAt == 1) goto resume1;
                reply = "ready";
            loop:
                return YieldValue(reply, resumeAt: 1);
            resume1:
                string? v;
                try
                {
                    v = Resumed();
                }
                catch (FormatException e)
                {
                    reply = "echo handled " + e.Message;
                    goto loop;
                }
                log.Add("echo got " + (v ?? "null"));
                if (v == "stop") return ReturnValue("echo done");
                reply = "echo:" + (v ?? "null");
                goto loop;
            }
            finally
            {
                if (ResumeAt == Running) log.Add("echo finally");
            }
        }
    }
}
