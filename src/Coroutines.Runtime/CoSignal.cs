using System;

namespace Coroutines
{
    /// <summary>What a task coroutine asks its scheduler for when it pauses.</summary>
    public enum CoSignalKind
    {
        /// <summary>Let the other ready tasks run, then continue.</summary>
        Yield,
        /// <summary>Continue once <see cref="CoSignal.Delay"/> has passed.</summary>
        Sleep,
    }

    /// <summary>The value a <see cref="Co"/> coroutine yields: a request to its scheduler. A struct, so pausing allocates nothing.</summary>
    public readonly struct CoSignal
    {
        private CoSignal(CoSignalKind kind, TimeSpan delay)
        {
            Kind = kind;
            Delay = delay;
        }

        /// <summary>What is asked for.</summary>
        public CoSignalKind Kind { get; }

        /// <summary>How long to sleep, for <see cref="CoSignalKind.Sleep"/>.</summary>
        public TimeSpan Delay { get; }

        /// <summary>The request behind <c>co.Yield()</c>.</summary>
        public static CoSignal Yield() => default;

        /// <summary>The request behind <c>co.Sleep(seconds)</c>.</summary>
        public static CoSignal Sleep(double seconds) => new CoSignal(CoSignalKind.Sleep, TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond)));

        /// <summary>The request behind <c>co.Sleep(duration)</c>.</summary>
        public static CoSignal Sleep(TimeSpan duration) => new CoSignal(CoSignalKind.Sleep, duration);

        /// <inheritdoc/>
        public override string ToString() => Kind == CoSignalKind.Sleep ? "Sleep(" + Delay.TotalSeconds + "s)" : "Yield";
    }
}
