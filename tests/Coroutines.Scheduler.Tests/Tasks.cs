using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;

namespace Coroutines.SchedulerTests
{
    /// <summary>The task coroutines the tests run; the generator compiles them at build time.</summary>
    public static partial class Tasks
    {
        private static string Time(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

        /// <summary>DESIGN.md's own example: the clock read inside a formatted interpolation hole.</summary>
        [Coroutine]
        public static partial void ChattyAsDesigned(Co co, List<string> log, string name, int count, double delay)
        {
            for (int i = 0; i < count; i++)
            {
                log.Add(FormattableString.Invariant($"[{co.Now:F2}] {name} step {i}"));
                co.Sleep(delay);
            }
        }

        [Coroutine]
        public static partial void Steps(Co co, List<string> log, string name, int count)
        {
            for (int i = 1; i <= count; i++)
            {
                log.Add(name + i);
                co.Yield(); // @steps
            }
        }

        [Coroutine]
        public static partial void SleepThenLog(Co co, List<string> log, string name, double seconds)
        {
            co.Sleep(seconds);
            double now = co.Now;
            log.Add(name + "@" + Time(now));
        }

        [Coroutine]
        public static partial void SleepSpanThenLog(Co co, List<string> log, string name, TimeSpan duration)
        {
            co.Sleep(duration);
            double now = co.Now;
            log.Add(name + "@" + Time(now));
        }

        /// <summary>Logs, then sleeps <paramref name="seconds"/>, <paramref name="count"/> times (the seed's chatty).</summary>
        [Coroutine]
        public static partial void Chatty(Co co, List<string> log, string name, double seconds, int count)
        {
            for (int i = 0; i < count; i++)
            {
                double now = co.Now;
                log.Add(name + i + "@" + Time(now));
                co.Sleep(seconds); // @chatty
            }
        }

        [Coroutine]
        public static partial void LogNowAfterSleepUntil(Co co, List<string> log, double until)
        {
            co.Sleep(until - co.Now);
            double now = co.Now;
            log.Add("woke@" + Time(now));
        }

        [Coroutine]
        public static partial int Value(Co co, int value, int yields)
        {
            for (int i = 0; i < yields; i++) co.Yield();
            return value;
        }

        [Coroutine]
        public static partial int ValueAfter(Co co, int value, double seconds)
        {
            co.Sleep(seconds);
            return value;
        }

        [Coroutine]
        public static partial string Text(Co co, string value, double seconds)
        {
            co.Sleep(seconds);
            return value;
        }

        [Coroutine]
        public static partial int FailAfter(Co co, Exception exception, double seconds)
        {
            co.Sleep(seconds);
            throw exception;
        }

        [Coroutine]
        public static partial void FailNow(Co co, Exception exception)
        {
            throw exception;
        }

        [Coroutine]
        public static partial void Join(Co co, List<string> log, string name, TaskHandle<int> other)
        {
            log.Add(name + " joins");
            int result = co.Join(other); // @join
            log.Add(name + " got " + result);
        }

        [Coroutine]
        public static partial void JoinCatching(Co co, List<string> log, TaskHandle<int> other)
        {
            try
            {
                int result = co.Join(other);
                log.Add("got " + result);
            }
            catch (Exception e) when (e is not GeneratorExitException)
            {
                log.Add("caught " + e.GetType().Name + ": " + e.Message);
            }
        }

        [Coroutine]
        public static partial int[] JoinAll(Co co, TaskHandle<int>[] tasks)
        {
            return co.JoinAll(tasks);
        }

        [Coroutine]
        public static partial int[] JoinAllList(Co co, List<TaskHandle<int>> tasks)
        {
            return co.JoinAll(tasks);
        }

        [Coroutine]
        public static partial int[] JoinTwo(Co co, TaskHandle<int> a, TaskHandle<int> b)
        {
            return co.JoinAll(a, b);
        }

        [Coroutine]
        public static partial string JoinMixed(Co co, TaskHandle<int> number, TaskHandle<string> text)
        {
            co.JoinAll(number, text);
            return text.Result + number.Result;
        }

        [Coroutine]
        public static partial TaskHandle<int> JoinAny(Co co, TaskHandle<int>[] tasks)
        {
            return co.JoinAny(tasks);
        }

        [Coroutine]
        public static partial TaskHandle JoinAnyMixed(Co co, TaskHandle<int> number, TaskHandle<string> text)
        {
            return co.JoinAny(number, text);
        }

        [Coroutine]
        public static partial void JoinBase(Co co, TaskHandle task)
        {
            co.JoinAll(task);
        }

        [Coroutine]
        public static partial void SleepCatching(Co co, List<string> log, double seconds, int times)
        {
            for (int i = 0; i < times; i++)
            {
                try
                {
                    co.Sleep(seconds);
                    double now = co.Now;
                    log.Add("slept@" + Time(now));
                }
                catch (InvalidOperationException e)
                {
                    double now = co.Now;
                    log.Add("interrupted@" + Time(now) + ": " + e.Message);
                }
            }
        }

        [Coroutine]
        public static partial void WithFinally(Co co, List<string> log, string name)
        {
            try
            {
                log.Add(name + " start");
                co.Sleep(10);
                log.Add(name + " woke");
            }
            finally
            {
                log.Add(name + " finally");
            }
        }

        [Coroutine]
        public static partial int Inner(Co co, List<string> log)
        {
            try
            {
                log.Add("inner start");
                co.Sleep(10);
                log.Add("inner woke");
                return 7;
            }
            finally
            {
                log.Add("inner finally");
            }
        }

        [Coroutine]
        public static partial int Outer(Co co, List<string> log)
        {
            try
            {
                log.Add("outer start");
                int value = co.YieldFrom(Inner(log));
                log.Add("outer got " + value);
                return value * 2;
            }
            finally
            {
                log.Add("outer finally");
            }
        }

        [Coroutine]
        public static partial void ThrowInFinally(Co co)
        {
            try
            {
                co.Sleep(10);
            }
            finally
            {
                throw new InvalidOperationException("from finally");
            }
        }

        [Coroutine]
        public static partial void SleepInFinally(Co co)
        {
            try
            {
                co.Sleep(10);
            }
            finally
            {
                co.Sleep(1);
            }
        }

        [Coroutine]
        public static partial void Forever(Co co)
        {
            co.Sleep(double.PositiveInfinity);
        }

        [Coroutine]
        public static partial void Await(Co co, List<string> log, Task task)
        {
            try
            {
                co.Await(task);
                log.Add("awaited");
            }
            catch (Exception e) when (e is not GeneratorExitException)
            {
                log.Add("caught " + e.GetType().Name + ": " + e.Message);
            }
        }

        [Coroutine]
        public static partial int AwaitValue(Co co, Task<int> task)
        {
            return co.Await(task) + 1;
        }

        [Coroutine]
        public static partial int AwaitRun(Co co, List<int> threads)
        {
            threads.Add(Environment.CurrentManagedThreadId);
            int value = co.Await(Task.Run(async () =>
            {
                await Task.Delay(20).ConfigureAwait(false);
                return 41;
            }));
            threads.Add(Environment.CurrentManagedThreadId);
            return value + 1;
        }

        [Coroutine]
        public static partial void CompleteLater(Co co, TaskCompletionSource<int> source, double seconds, int value)
        {
            co.Sleep(seconds);
            source.SetResult(value);
        }

        [Coroutine]
        public static partial void Spin(Co co, int yields)
        {
            for (int i = 0; i < yields; i++) co.Yield();
        }

        [Coroutine]
        public static partial void Nap(Co co, double seconds, int times)
        {
            for (int i = 0; i < times; i++) co.Sleep(seconds); // @nap
        }

        [Coroutine]
        public static partial void Delegating(Co co, double seconds)
        {
            co.YieldFrom(Nap(seconds, 1)); // @delegating
        }

        [Coroutine]
        public static partial void Spawner(Co co, Scheduler scheduler, int count, int batch)
        {
            for (int i = 0; i < count; i++)
            {
                scheduler.Spawn(Nap(0.001, 2));
                if (i % batch == batch - 1) co.Sleep(0.01);
            }
        }

        [Coroutine]
        public static partial void Cancels(Co co, List<string> log, TaskHandle victim)
        {
            co.Yield();
            log.Add("cancelling");
            victim.Cancel();
            log.Add("cancelled " + victim.State);
        }

        [Coroutine]
        public static partial void CancelsItself(Co co, List<string> log, List<TaskHandle> self)
        {
            co.Yield();
            try
            {
                self[0].Cancel();
            }
            catch (InvalidOperationException e)
            {
                log.Add("refused: " + e.Message.Contains("cannot cancel itself"));
            }
        }

        [Coroutine]
        public static partial void Interrupts(Co co, TaskHandle victim, Exception exception, double seconds)
        {
            co.Sleep(seconds);
            victim.Interrupt(exception);
        }

        /// <summary>Logs and sleeps <paramref name="seconds"/> (zero or negative: the same as a yield), <paramref name="count"/> times.</summary>
        [Coroutine]
        public static partial void SleepLoop(Co co, List<string> log, string name, double seconds, int count)
        {
            for (int i = 1; i <= count; i++)
            {
                log.Add(name + i);
                co.Sleep(seconds);
            }
        }

        [Coroutine]
        public static partial void JoinFirst(Co co, List<TaskHandle> holder)
        {
            co.JoinAll(holder[0]);
        }

        [Coroutine]
        public static partial void RecordCurrent(Co co, List<Scheduler?> seen)
        {
            seen.Add(Scheduler.Current);
        }

        [Coroutine]
        public static partial void RunsScheduler(Co co, Scheduler scheduler)
        {
            scheduler.Run();
        }

        /// <summary>Races a long task against a quick one <paramref name="times"/> times; returns how often the quick one won.</summary>
        [Coroutine]
        public static partial int RaceMany(Co co, Scheduler scheduler, TaskHandle<int> slow, int times)
        {
            int wins = 0;
            for (int i = 0; i < times; i++)
            {
                var quick = scheduler.Spawn(ValueAfter(i, 0.001));
                if (co.JoinAny(new[] { slow, quick }) == quick) wins++;
            }
            return wins;
        }
    }
}
