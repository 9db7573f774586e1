using System.Collections.Generic;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>The places a resume point may stand as a whole statement: a statement, an initializer, an assignment, a return.</summary>
    public class StatementTests
    {
        // def gen():
        //     print("start")
        //     yield 1
        //     print("between")
        //     yield 2
        //     print("end")
        //
        // for v in gen():
        //     print("got", v)
        [Fact]
        public void Yield_statement_pauses_between_the_statements_around_it()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    Print("start");
                    co.Yield(1);
                    Print("between");
                    co.Yield(2);
                    Print("end");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            while (gen.TryNext(out var v)) log.Add($"got {v}");

            Assert.Equal(new[] { "start", "got 1", "between", "got 2", "end" }, log);
        }

        // def compute(x):
        //     print("computing", x)
        //     return x
        //
        // def gen():
        //     yield compute(1)
        //     yield compute(2)
        //
        // g = gen()
        // print("got", next(g))
        // print("got", next(g))
        [Fact]
        public void Yielded_expression_is_evaluated_when_the_body_reaches_it()
        {
            var compiled = SampleSource.Compile("""
                static int Compute(int x) { Print($"computing {x}"); return x; }

                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    co.Yield(Compute(1));
                    co.Yield(Compute(2));
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            log.Add($"got {gen.Next()}");
            log.Add($"got {gen.Next()}");

            Assert.Equal(new[] { "computing 1", "got 1", "computing 2", "got 2" }, log);
        }

        // def gen():
        //     a = yield 1
        //     print("a =", a)
        //     b = yield a * 10
        //     print("b =", b)
        //
        // g = gen()
        // print("yielded", next(g))
        // print("yielded", g.send(5))
        // try:
        //     g.send(7)
        // except StopIteration:
        //     print("stopped")
        [Fact]
        public void Local_initializer_receives_the_sent_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co)
                {
                    var a = co.Yield(1);
                    Print($"a = {a}");
                    int b = co.Yield(a * 10);
                    Print($"b = {b}");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen");
            log.Add($"yielded {gen.Next()}");
            log.Add($"yielded {gen.Send(5)}");
            Assert.Throws<StopIterationException>(() => gen.Send(7));
            log.Add("stopped");

            Assert.Equal(new[] { "yielded 1", "a = 5", "yielded 50", "b = 7", "stopped" }, log);
        }

        // def gen():
        //     a = yield 1
        //     b = yield 2
        //     print("a =", a, "b =", b)
        //
        // g = gen()
        // print("yielded", next(g))
        // print("yielded", g.send(10))
        // try:
        //     g.send(20)
        // except StopIteration:
        //     print("stopped")
        [Fact]
        public void Declaration_with_two_yielding_initializers_pauses_at_each_in_order()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co)
                {
                    int a = co.Yield(1), b = co.Yield(2);
                    Print($"a = {a} b = {b}");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen");
            log.Add($"yielded {gen.Next()}");
            log.Add($"yielded {gen.Send(10)}");
            Assert.Throws<StopIterationException>(() => gen.Send(20));
            log.Add("stopped");

            Assert.Equal(new[] { "yielded 1", "yielded 2", "a = 10 b = 20", "stopped" }, log);
        }

        // def gen(last):
        //     print("last =", last)
        //     last = yield last
        //     print("last =", last)
        //     last = yield last
        //     print("last =", last)
        //
        // g = gen(1)
        // print("yielded", next(g))
        // print("yielded", g.send(2))
        // try:
        //     g.send(3)
        // except StopIteration:
        //     print("stopped")
        [Fact]
        public void Assignment_to_a_parameter_stores_the_sent_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co, int last)
                {
                    Print($"last = {last}");
                    last = co.Yield(last);
                    Print($"last = {last}");
                    last = co.Yield(last);
                    Print($"last = {last}");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen", 1);
            log.Add($"yielded {gen.Next()}");
            log.Add($"yielded {gen.Send(2)}");
            Assert.Throws<StopIterationException>(() => gen.Send(3));
            log.Add("stopped");

            Assert.Equal(new[] { "last = 1", "yielded 1", "last = 2", "yielded 2", "last = 3", "stopped" }, log);
        }

        // C#: a local assigned after its declaration, and a static field, take the sent value.
        [Fact]
        public void Assignment_to_a_local_or_a_field_stores_the_sent_value()
        {
            var compiled = SampleSource.Compile("""
                public static string Field = "unset";

                [Coroutine]
                public static partial void Gen(Co<string, string> co)
                {
                    string local;
                    local = co.Yield("first");
                    Field = co.Yield("second");
                    Print($"local = {local}, Field = {Field}");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string, string, Unit>>("Sample.Gen");
            log.Add(gen.Next());
            log.Add(gen.Send("a"));
            Assert.False(gen.TrySend("b"));

            Assert.Equal(new[] { "first", "second", "local = a, Field = b" }, log);
        }

        [Fact]
        public void Assignment_to_a_discard_drops_the_sent_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co)
                {
                    _ = co.Yield(1);
                    co.Yield(2);
                }
                """);
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen");

            Assert.Equal(1, gen.Next());
            Assert.Equal(2, gen.Send(100));
            Assert.False(gen.TrySend(200));
        }

        // def running_total():
        //     total = 0
        //     while True:
        //         total += yield total
        //
        // g = running_total()
        // print(next(g))
        // print(g.send(5))
        // print(g.send(10))
        // print(g.send(-3))
        [Fact]
        public void Compound_addition_adds_the_sent_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void RunningTotal(Co<int, int> co)
                {
                    int total = 0;
                    while (true)
                        total += co.Yield(total);
                }
                """);
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.RunningTotal");
            var printed = new List<int> { gen.Next(), gen.Send(5), gen.Send(10), gen.Send(-3) };

            Assert.Equal(new[] { 0, 5, 15, 12 }, printed);
        }

        // def scaled():
        //     factor = 10
        //     factor -= yield factor
        //     print("factor =", factor)
        //     factor *= yield factor
        //     print("factor =", factor)
        //
        // g = scaled()
        // print(next(g))
        // print(g.send(4))
        // try:
        //     g.send(3)
        // except StopIteration:
        //     print("stopped")
        [Fact]
        public void Compound_subtraction_and_multiplication_use_the_sent_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Scaled(Co<int, int> co)
                {
                    int factor = 10;
                    factor -= co.Yield(factor);
                    Print($"factor = {factor}");
                    factor *= co.Yield(factor);
                    Print($"factor = {factor}");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Scaled");
            log.Add($"{gen.Next()}");
            log.Add($"{gen.Send(4)}");
            Assert.Throws<StopIterationException>(() => gen.Send(3));
            log.Add("stopped");

            Assert.Equal(new[] { "10", "factor = 6", "6", "factor = 18", "stopped" }, log);
        }

        // C#: `x ??= e` evaluates e only when x is null, so a yield on its right pauses only then.
        [Fact]
        public void Coalescing_assignment_does_not_pause_when_the_local_has_a_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string, string> co)
                {
                    string? name = "preset";
                    name ??= co.Yield("asked for a name");
                    co.Yield("name is " + name);
                }
                """);
            var gen = compiled.Make<Generator<string, string, Unit>>("Sample.Gen");

            Assert.Equal(new[] { "name is preset" }, Trace.Drain(gen));
        }

        // C#: `x ??= e` with x null evaluates e, here a pause, and stores what was sent.
        [Fact]
        public void Coalescing_assignment_pauses_when_the_local_is_null()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string, string> co)
                {
                    string? name = null;
                    name ??= co.Yield("asked for a name");
                    co.Yield("name is " + name);
                }
                """);
            var gen = compiled.Make<Generator<string, string, Unit>>("Sample.Gen");

            Assert.Equal("asked for a name", gen.Next());
            Assert.Equal("name is Ada", gen.Send("Ada"));
        }

        // def echo_once():
        //     return (yield "ready")
        //
        // g = echo_once()
        // print(next(g))
        // try:
        //     g.send("hello")
        // except StopIteration as e:
        //     print("returned", e.value)
        [Fact]
        public void Return_of_a_yield_returns_the_sent_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial string EchoOnce(Co<string, string> co)
                {
                    return co.Yield("ready");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string, string, string>>("Sample.EchoOnce");
            log.Add(gen.Next());
            var stop = Assert.Throws<StopIterationException>(() => gen.Send("hello"));
            log.Add($"returned {stop.Value}");

            Assert.Equal(new[] { "ready", "returned hello" }, log);
            Assert.Equal("hello", gen.Result);
        }
    }
}
