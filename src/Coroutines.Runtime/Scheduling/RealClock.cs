using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Coroutines
{
    /// <summary>
    /// A non-virtual scheduler's clock: a <see cref="System.TimeProvider"/> read as ticks since the scheduler was created,
    /// and waited for. Kept apart from <see cref="Scheduler"/>'s own code (and not inlined into it), so that a virtual
    /// scheduler never touches <see cref="System.TimeProvider"/> (on netstandard2.0, it lives in another assembly).
    /// </summary>
    internal sealed class RealClock
    {
        private readonly TimeProvider provider;
        private readonly bool system;
        private readonly long start;
        private ITimer? timer;

        public RealClock(TimeProvider provider)
        {
            this.provider = provider;
            system = ReferenceEquals(provider, TimeProvider.System);
            start = provider.GetTimestamp();
        }

        public TimeProvider Provider => provider;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public long ElapsedTicks() => provider.GetElapsedTime(start).Ticks;

        /// <summary>Blocks until <paramref name="signal"/> is set or the clock reaches <paramref name="target"/> (ticks since creation).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public void WaitUntil(long target, ManualResetEventSlim signal)
        {
            if (system)
            {
                long due = target - ElapsedTicks();
                if (due <= 0) return;
                long milliseconds = (due + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
                signal.Wait(milliseconds > int.MaxValue ? int.MaxValue : (int)milliseconds);
                return;
            }
            // Any other clock (a FakeTimeProvider, say) is waited for through one of its own timers, which sets the signal.
            timer ??= provider.CreateTimer(state => ((ManualResetEventSlim)state!).Set(), signal, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            while (true)
            {
                long at = ElapsedTicks();
                if (at >= target) return;
                timer.Change(new TimeSpan(target - at), Timeout.InfiniteTimeSpan);
                if (ElapsedTicks() == at) break;    // the clock did not move while the timer was set
            }
            signal.Wait();
            timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }
}
