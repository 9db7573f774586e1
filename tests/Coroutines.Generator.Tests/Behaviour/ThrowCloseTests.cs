using System;
using System.Collections.Generic;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>Throw and Close on generated frames: the exception is raised at the paused yield, nothing after it runs.</summary>
    public class ThrowCloseTests
    {
        // def gen():
        //     print("before first")
        //     yield 1
        //     print("after first")
        //     yield 2
        //     print("after second")
        //
        // g = gen()
        // print(next(g))
        // try:
        //     g.throw(ValueError("boom"))
        // except ValueError as e:
        //     print("caught", e)
        // try:
        //     next(g)
        // except StopIteration:
        //     print("stopped")
        [Fact]
        public void Throw_at_a_paused_yield_propagates_and_closes_the_coroutine()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    Print("before first");
                    co.Yield(1);
                    Print("after first");
                    co.Yield(2);
                    Print("after second");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            log.Add($"{gen.Next()}");
            var boom = new ArgumentException("boom");
            var caught = Assert.Throws<ArgumentException>(() => gen.Throw(boom));
            log.Add($"caught {caught.Message}");
            Assert.Same(boom, caught);
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Throws<StopIterationException>(() => gen.Next());
            log.Add("stopped");

            Assert.Equal(new[] { "before first", "1", "caught boom", "stopped" }, log);
        }

        // def gen():
        //     for i in range(3):
        //         try:
        //             yield f"inside {i}"
        //         except ValueError as e:
        //             print("handled", e, "at", i)
        //         yield f"outside {i}"
        //
        // g = gen()
        // print(next(g))
        // print(g.throw(ValueError("A")))
        // try:
        //     g.throw(ValueError("B"))
        // except ValueError as e:
        //     print("escaped", e)
        [Fact]
        public void Throw_is_raised_at_the_yield_that_is_paused_not_at_another()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co)
                {
                    for (int i = 0; i < 3; i++)
                    {
                        try
                        {
                            co.Yield($"inside {i}");
                        }
                        catch (ArgumentException e)
                        {
                            Print($"handled {e.Message} at {i}");
                        }
                        co.Yield($"outside {i}");
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string>>("Sample.Gen");
            log.Add(gen.Next());
            log.Add(gen.Throw(new ArgumentException("A")));
            var escaped = Assert.Throws<ArgumentException>(() => gen.Throw(new ArgumentException("B")));
            log.Add($"escaped {escaped.Message}");

            Assert.Equal(new[] { "inside 0", "handled A at 0", "outside 0", "escaped B" }, log);
        }

        // C#: Throw into a Co<T, S> coroutine paused in a loop: the loop does not go on, Result stays default.
        [Fact]
        public void Throw_into_a_coroutine_paused_in_a_loop_ends_the_loop()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial int Sum(Co<int, int> co)
                {
                    int total = 0;
                    while (true)
                    {
                        total += co.Yield(total);
                        Print($"total {total}");
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, int, int>>("Sample.Sum");
            gen.Next();
            gen.Send(5);
            Assert.Throws<InvalidOperationException>(() => gen.Throw(new InvalidOperationException("stop")));

            Assert.Equal(new[] { "total 5" }, log);
            Assert.Equal(0, gen.Result);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // def gen():
        //     print("body ran")
        //     yield 1
        //
        // g = gen()
        // try:
        //     g.throw(ValueError("early"))
        // except ValueError as e:
        //     print("caught", e)
        // try:
        //     next(g)
        // except StopIteration:
        //     print("stopped")
        [Fact]
        public void Throw_before_the_start_closes_without_running_the_body()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    Print("body ran");
                    co.Yield(1);
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            var caught = Assert.Throws<ArgumentException>(() => gen.Throw(new ArgumentException("early")));
            log.Add($"caught {caught.Message}");
            Assert.Throws<StopIterationException>(() => gen.Next());
            log.Add("stopped");

            Assert.Equal(new[] { "caught early", "stopped" }, log);
        }

        // def gen():
        //     yield 1
        //
        // g = gen()
        // list(g)
        // try:
        //     g.throw(ValueError("late"))
        // except ValueError as e:
        //     print("caught", e)
        [Fact]
        public void Throw_on_a_finished_coroutine_rethrows_the_exception()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co) { co.Yield(1); }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            Trace.Drain(gen);
            var late = new ArgumentException("late");

            Assert.Same(late, Assert.Throws<ArgumentException>(() => gen.Throw(late)));
        }

        // def gen():
        //     yield 1
        //
        // g = gen(); next(g)
        // try:
        //     g.throw(StopIteration())
        // except RuntimeError as e:
        //     print(type(e).__name__, e, type(e.__cause__).__name__)   RuntimeError generator raised StopIteration StopIteration
        [Fact]
        public void StopIteration_thrown_in_at_a_yield_becomes_InvalidOperationException()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co) { co.Yield(1); }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            gen.Next();
            var thrown = new StopIterationException();
            var raised = Assert.Throws<InvalidOperationException>(() => gen.Throw(thrown));

            Assert.Equal("generator raised StopIteration", raised.Message);
            Assert.Same(thrown, raised.InnerException);
        }

        // def gen():
        //     print("start")
        //     yield 1
        //     print("never")
        //     yield 2
        //
        // g = gen()
        // next(g)
        // g.close()
        // try:
        //     next(g)
        // except StopIteration:
        //     print("stopped")
        // g.close()
        // print("second close is a no-op")
        [Fact]
        public void Close_at_a_paused_yield_runs_nothing_after_it()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    Print("start");
                    co.Yield(1);
                    Print("never");
                    co.Yield(2);
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            gen.Next();
            gen.Close();
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Throws<StopIterationException>(() => gen.Next());
            log.Add("stopped");
            gen.Close();
            log.Add("second close is a no-op");

            Assert.Equal(new[] { "start", "stopped", "second close is a no-op" }, log);
        }

        // C#: a GeneratorExitException is raised only where a catch could see it. Paused outside every try, Close just
        // marks the frame closed; inside try/finally it returns from the pause, which runs the finally; inside a catch
        // that matches GeneratorExitException it raises it there.
        [Fact]
        public void Close_raises_GeneratorExit_only_where_a_catch_could_see_it()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    co.Yield(1);
                    try
                    {
                        co.Yield(2);
                    }
                    finally
                    {
                        Print("finally");
                    }
                    try
                    {
                        co.Yield(3);
                    }
                    catch (GeneratorExitException)
                    {
                        Print("caught");
                        throw;
                    }
                }
                """);
            var outside = compiled.Make<Generator<int>>("Sample.Gen");
            var inFinally = compiled.Make<Generator<int>>("Sample.Gen");
            var inCatch = compiled.Make<Generator<int>>("Sample.Gen");
            outside.Next();
            for (int i = 0; i < 2; i++) inFinally.Next();
            for (int i = 0; i < 3; i++) inCatch.Next();
            var log = compiled.Log();
            log.Clear();

            Assert.Equal(0, ExceptionsRaisedBy(outside.Close));
            Assert.Empty(log);
            Assert.Equal(0, ExceptionsRaisedBy(inFinally.Close));
            Assert.Equal(new[] { "finally" }, log);
            Assert.True(ExceptionsRaisedBy(inCatch.Close) > 0);
            Assert.Equal(new[] { "finally", "caught" }, log);
            Assert.All(new[] { outside, inFinally, inCatch }, g => Assert.Equal(CoroutineState.Closed, g.State));
        }

        // def gen():
        //     try:
        //         try:
        //             yield 1
        //         finally:
        //             print("inner finally")
        //             raise ValueError("from finally")
        //     finally:
        //         print("outer finally")
        // g = gen(); next(g); g.close()     inner finally, outer finally, then ValueError out of close(); GEN_CLOSED
        [Fact]
        public void Close_through_finally_blocks_propagates_what_a_finally_raises()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    try
                    {
                        try
                        {
                            co.Yield(1);
                        }
                        finally
                        {
                            Print("inner finally");
                            throw new ArgumentException("from finally");
                        }
                    }
                    finally
                    {
                        Print("outer finally");
                    }
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            gen.Next();

            Assert.Equal("from finally", Assert.Throws<ArgumentException>(gen.Close).Message);
            Assert.Equal(new[] { "inner finally", "outer finally" }, compiled.Log());
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // def gen():
        //     try:
        //         yield 1
        //     finally:
        //         print("finally starts")
        //         yield 2
        //         print("finally ends")
        // g = gen(); next(g); next(g); g.close()        finally starts (the rest of the finally never runs)
        [Fact]
        public void Close_while_paused_in_a_finally_skips_the_rest_of_it()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                    }
                    finally
                    {
                        Print("finally starts");
                        co.Yield(2);
                        Print("finally ends");
                    }
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            gen.Next();
            Assert.Equal(2, gen.Next());

            gen.Close();

            Assert.Equal(new[] { "finally starts" }, compiled.Log());
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        private static int ExceptionsRaisedBy(Action action)
        {
            // Other tests throw on other threads meanwhile: count only this thread's exceptions.
            int count = 0, thread = Environment.CurrentManagedThreadId;
            EventHandler<System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs> counter = (_, _) =>
            {
                if (Environment.CurrentManagedThreadId == thread) count++;
            };
            AppDomain.CurrentDomain.FirstChanceException += counter;
            try
            {
                action();
            }
            finally
            {
                AppDomain.CurrentDomain.FirstChanceException -= counter;
            }
            return count;
        }

        // C#: Close raises GeneratorExitException at the paused yield; a catch there sees it (and may return).
        [Fact]
        public void Close_raises_GeneratorExit_at_the_paused_yield()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial string Gen(Co<int> co)
                {
                    co.Yield(1);
                    try
                    {
                        co.Yield(2);
                    }
                    catch (GeneratorExitException)
                    {
                        Print("exit seen at the second yield");
                        return "closed";
                    }
                    return "finished";
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, Unit, string>>("Sample.Gen");
            gen.Next();
            gen.Next();
            gen.Close();

            Assert.Equal(new[] { "exit seen at the second yield" }, log);
            Assert.Equal("closed", gen.Result);
        }

        // def gen():
        //     print("body ran")
        //     yield 1
        //
        // g = gen()
        // g.close()
        // try:
        //     next(g)
        // except StopIteration:
        //     print("stopped")
        [Fact]
        public void Close_before_the_start_never_runs_the_body()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    Print("body ran");
                    co.Yield(1);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            gen.Close();

            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.False(gen.MoveNext());
            Assert.Empty(compiled.Log());
        }

        // def gen():
        //     yield 1
        //
        // g = gen(); next(g)
        // try: next(g)
        // except StopIteration: pass
        // g.close(); print("close on finished: no-op")
        [Fact]
        public void Close_on_a_finished_coroutine_keeps_its_result()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial int Gen(Co<int> co) { co.Yield(1); return 7; }
                """);
            var gen = compiled.Make<Generator<int, Unit, int>>("Sample.Gen");
            Trace.Drain(gen);
            gen.Close();

            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Equal(7, gen.Result);
        }

        // C#: closing a Co<T, S> coroutine after a Send: the sent value was used, nothing after the pause runs.
        [Fact]
        public void Close_after_Send_stops_at_the_next_yield()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, string> co)
                {
                    var first = co.Yield(1);
                    Print($"first {first}");
                    var second = co.Yield(2);
                    Print($"second {second}");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, string, Unit>>("Sample.Gen");
            gen.Next();
            gen.Send("a");
            gen.Close();

            Assert.Equal(new[] { "first a" }, log);
            Assert.Throws<StopIterationException>(() => gen.Send("b"));
        }
    }
}
