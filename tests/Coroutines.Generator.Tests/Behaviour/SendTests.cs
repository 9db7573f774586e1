using System;
using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>Co&lt;TYield, TSend&gt;: a sent value is what the paused yield evaluates to; Next sends default.</summary>
    public class SendTests
    {
        // def averager():
        //     total = 0.0; count = 0; average = None
        //     while True:
        //         value = yield average
        //         total += value; count += 1
        //         average = total / count
        //
        // g = averager()
        // print(next(g))
        // print(g.send(10))
        // print(g.send(20))
        // print(g.send(60))
        [Fact]
        public void Averager_receives_each_sent_value_at_its_yield()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Averager(Co<double?, double> co)
                {
                    double total = 0; int count = 0; double? average = null;
                    while (true)
                    {
                        double value = co.Yield(average);
                        total += value; count++;
                        average = total / count;
                    }
                }
                """);
            var gen = compiled.Make<Generator<double?, double, Unit>>("Sample.Averager");
            var printed = new List<string>
            {
                Trace.Format(gen.Next()),
                Trace.Format(gen.Send(10)),
                Trace.Format(gen.Send(20)),
                Trace.Format(gen.Send(60)),
            };

            Assert.Equal(new[] { "None", "10.0", "15.0", "30.0" }, printed);
        }

        // def gen():
        //     while True:
        //         received = yield "ready"
        //         print("received", received)
        //
        // g = gen()
        // print(next(g))
        // print(next(g))
        // print(g.send("x"))
        // print(next(g))
        [Fact]
        public void Next_resumes_the_yield_with_default_of_a_reference_send_type()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string, string?> co)
                {
                    while (true)
                    {
                        string? received = co.Yield("ready");
                        Print($"received {received ?? "None"}");
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string, string?, Unit>>("Sample.Gen");
            log.Add(gen.Next());
            log.Add(gen.Next());
            log.Add(gen.Send("x"));
            log.Add(gen.Next());

            Assert.Equal(new[] { "ready", "received None", "ready", "received x", "ready", "received None", "ready" }, log);
        }

        // C#: Next resumes the yield with default(TSend): 0 for int (Python: None).
        [Fact]
        public void Next_resumes_the_yield_with_default_of_a_value_send_type()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string, int> co)
                {
                    int a = co.Yield("first");
                    int b = co.Yield($"got {a}");
                    co.Yield($"got {b}");
                }
                """);
            var gen = compiled.Make<Generator<string, int, Unit>>("Sample.Gen");

            Assert.Equal(new[] { "first", "got 0", "got 42" }, new[] { gen.Next(), gen.Next(), gen.Send(42) });
        }

        // def ticker(limit):
        //     ticks = 0
        //     while ticks < limit:
        //         stop = yield ticks
        //         if stop:
        //             break
        //         ticks += 1
        //     return f"stopped at {ticks}"
        //
        // g = ticker(10)
        // print(next(g)); print(g.send(False)); print(g.send(False))
        // try:
        //     g.send(True)
        // except StopIteration as e:
        //     print(e.value)
        // g = ticker(2)
        // print(next(g)); print(next(g))
        // try:
        //     next(g)
        // except StopIteration as e:
        //     print(e.value)
        [Fact]
        public void Ticker_stops_on_a_sent_true_or_at_its_limit()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial string Ticker(Co<int, bool> co, int limit)
                {
                    int ticks = 0;
                    while (ticks < limit)
                    {
                        bool stop = co.Yield(ticks);
                        if (stop) break;
                        ticks++;
                    }
                    return $"stopped at {ticks}";
                }
                """);
            var printed = new List<string>();
            var gen = compiled.Make<Generator<int, bool, string>>("Sample.Ticker", 10);
            printed.Add($"{gen.Next()}");
            printed.Add($"{gen.Send(false)}");
            printed.Add($"{gen.Send(false)}");
            printed.Add((string)Assert.Throws<StopIterationException>(() => gen.Send(true)).Value!);
            gen = compiled.Make<Generator<int, bool, string>>("Sample.Ticker", 2);
            printed.Add($"{gen.Next()}");
            printed.Add($"{gen.Next()}");
            printed.Add((string)Assert.Throws<StopIterationException>(() => gen.Next()).Value!);

            Assert.Equal(new[] { "0", "1", "2", "stopped at 2", "0", "1", "stopped at 2" }, printed);
        }

        // def recorder():
        //     seen = []
        //     for i in range(3):
        //         seen.append((yield i))
        //     return seen
        //
        // g = recorder()
        // print(next(g)); print(g.send("a")); print(next(g))
        // try:
        //     g.send("c")
        // except StopIteration as e:
        //     print(e.value)
        [Fact]
        public void Each_sent_value_arrives_at_the_yield_that_is_paused()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial List<string?> Recorder(Co<int, string?> co)
                {
                    var seen = new List<string?>();
                    for (int i = 0; i < 3; i++)
                        seen.Add(co.Yield(i));
                    return seen;
                }
                """);
            var gen = compiled.Make<Generator<int, string?, List<string?>>>("Sample.Recorder");
            var printed = new List<string> { $"{gen.Next()}", $"{gen.Send("a")}", $"{gen.Next()}" };
            var stop = Assert.Throws<StopIterationException>(() => gen.Send("c"));
            printed.Add("[" + string.Join(", ", ((List<string?>)stop.Value!).Select(Trace.Format)) + "]");

            Assert.Equal(new[] { "0", "1", "2", "[a, None, c]" }, printed);
        }

        // def gen():
        //     yield 1
        //
        // for v in (0, ""):
        //     try:
        //         gen().send(v)
        //     except TypeError as e:
        //         print(type(e).__name__, e)     TypeError can't send non-None value to a just-started generator
        // print(gen().send(None))                 1
        [Fact]
        public void Sending_a_value_before_the_first_yield_is_refused_and_runs_nothing()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Ints(Co<int, int> co) { Print("ran"); co.Yield(1); }

                [Coroutine]
                public static partial void Strings(Co<int, string?> co) { Print("ran"); co.Yield(1); }
                """);
            var ints = compiled.Make<Generator<int, int, Unit>>("Sample.Ints");
            var strings = compiled.Make<Generator<int, string?, Unit>>("Sample.Strings");
            Assert.Throws<CoroutineNotPrimedException>(() => ints.Send(0));
            Assert.Throws<CoroutineNotPrimedException>(() => strings.Send(""));
            Assert.Empty(compiled.Log());
            Assert.Equal(CoroutineState.Created, ints.State);

            Assert.Equal(1, strings.Send(null));
            Assert.Equal(new[] { "ran" }, compiled.Log());
        }

        // def gen():
        //     yield 1
        //
        // g = gen(); next(g)
        // try: next(g)
        // except StopIteration: print("finished")
        // try: g.send(5)
        // except StopIteration: print("send on finished raises StopIteration")
        [Fact]
        public void Send_on_a_finished_coroutine_raises_StopIteration()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co) { co.Yield(1); }
                """);
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen");
            gen.Next();
            Assert.Throws<StopIterationException>(() => gen.Next());

            Assert.Throws<StopIterationException>(() => gen.Send(5));
            Assert.False(gen.TrySend(5));
        }
    }
}
