using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    /// <summary>
    /// <code>
    /// def relay(inner, name, log):
    ///     try:
    ///         return (yield from inner)
    ///     finally:
    ///         log.append(f"{name} finally")
    /// </code>
    /// </summary>
    public sealed class Relay<TYield, TSend, TReturn> : Generator<TYield, TSend, TReturn>
    {
        private readonly IGenerator<TYield, TSend, TReturn> inner;
        private readonly string name;
        private readonly List<string>? log;

        public Relay(IGenerator<TYield, TSend, TReturn> inner, string name = "relay", List<string>? log = null)
        {
            this.inner = inner;
            this.name = name;
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
                return BeginYieldFrom(inner, resumeAt: 1);
            resume1:
                return ReturnValue(EndYieldFrom(inner));
            }
            finally
            {
                if (ResumeAt == Running) log?.Add(name + " finally");
            }
        }
    }

    /// <summary>Builds <c>relay(relay(...relay(leaf)))</c>.</summary>
    public static class Chain
    {
        public static Relay<TYield, TSend, TReturn> Build<TYield, TSend, TReturn>(
            IGenerator<TYield, TSend, TReturn> leaf, int depth, List<string>? log = null)
        {
            var inner = leaf;
            Relay<TYield, TSend, TReturn>? top = null;
            for (int i = depth; i >= 1; i--)
            {
                top = new Relay<TYield, TSend, TReturn>(inner, "relay" + i, log);
                inner = top;
            }
            return top!;
        }
    }
}
