using System;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// Yields inside try blocks with finally clauses, and finally clauses that pause themselves: on normal exit,
    /// under <c>Throw</c>, under <c>Close</c>, nested, and exceptions raised by a finally.
    /// Each Python program below runs with the prelude in <see cref="ExceptionKit"/>; its output is the expected log.
    /// </summary>
    public class ExceptionFinallyTests
    {
        private const string GuardedFinally = """
            using System;
            using System.Collections.Generic;
            using Coroutines;
            public static partial class Sample
            {
                public static List<string> Log = new();

                [Coroutine]
                public static partial void Body(Co<int> co)
                {
                    try
                    {
                        Log.Add("try");
                        co.Yield(1);
                        Log.Add("after 1");
                        co.Yield(2);
                    }
                    finally
                    {
                        Log.Add("finally");
                    }
                    Log.Add("end");
                }
            }
            """;

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("after 1")
        //         yield 2
        //     finally:
        //         log.append("finally")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Yield_inside_try_with_finally_runs_the_finally_once_after_normal_exit()
        {
            var kit = ExceptionKit.Compile(GuardedFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                after 1
                next -> 2
                finally
                end
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("after 1")
        //         yield 2
        //     finally:
        //         log.append("finally")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // log.append("paused")
        [Fact]
        public void Finally_does_not_run_while_the_try_is_paused()
        {
            var kit = ExceptionKit.Compile(GuardedFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Log.Add("paused");
            Assert.Equal(CoroutineState.Suspended, gen.State);
            kit.Expect("""
                try
                next -> 1
                after 1
                next -> 2
                paused
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("after 1")
        //         yield 2
        //     finally:
        //         log.append("finally")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_uncaught_runs_the_finally_then_propagates_to_the_caller()
        {
            var kit = ExceptionKit.Compile(GuardedFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            var thrown = new FormatException("bad");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(thrown));
            Assert.Same(thrown, kit.LastException);
            Assert.Equal(CoroutineState.Closed, gen.State);
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                finally
                throw -> FormatException: bad
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("after 1")
        //         yield 2
        //     finally:
        //         log.append("finally")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        // step("close again", lambda: g.close())
        // step("next", lambda: next(g))
        [Fact]
        public void Close_at_a_yield_inside_try_runs_the_finally_once()
        {
            var kit = ExceptionKit.Compile(GuardedFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            Assert.Equal(CoroutineState.Closed, gen.State);
            kit.Step("close again", () => gen.Close());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                after 1
                next -> 2
                finally
                close -> None
                close again -> None
                next -> StopIteration None
                """);
        }

        private const string CatchAndFinally = """
            using System;
            using System.Collections.Generic;
            using Coroutines;
            public static partial class Sample
            {
                public static List<string> Log = new();

                [Coroutine]
                public static partial void Body(Co<int> co)
                {
                    try
                    {
                        Log.Add("try");
                        co.Yield(1);
                        Log.Add("after 1");
                    }
                    catch (FormatException e)
                    {
                        Log.Add("caught " + e.Message);
                        co.Yield(2);
                        Log.Add("handler done");
                    }
                    finally
                    {
                        Log.Add("finally");
                    }
                    Log.Add("end");
                    co.Yield(3);
                }
            }
            """;

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("after 1")
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //         yield 2
        //         log.append("handler done")
        //     finally:
        //         log.append("finally")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Yield_inside_try_with_catch_and_finally_runs_through_when_nothing_is_thrown()
        {
            var kit = ExceptionKit.Compile(CatchAndFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                after 1
                finally
                end
                next -> 3
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("after 1")
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //         yield 2
        //         log.append("handler done")
        //     finally:
        //         log.append("finally")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_caught_by_the_catch_runs_the_handler_then_the_finally()
        {
            var kit = ExceptionKit.Compile(CatchAndFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("bad")));
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                caught bad
                throw -> 2
                handler done
                finally
                end
                next -> 3
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("after 1")
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //         yield 2
        //         log.append("handler done")
        //     finally:
        //         log.append("finally")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(ArgumentException("other")))
        [Fact]
        public void Throw_of_another_type_runs_the_finally_and_skips_the_catch()
        {
            var kit = ExceptionKit.Compile(CatchAndFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new ArgumentException("other")));
            kit.Expect("""
                try
                next -> 1
                finally
                throw -> ArgumentException: other
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("after 1")
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //         yield 2
        //         log.append("handler done")
        //     finally:
        //         log.append("finally")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        [Fact]
        public void Close_passes_a_typed_catch_and_runs_the_finally()
        {
            var kit = ExceptionKit.Compile(CatchAndFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            Assert.Equal(CoroutineState.Closed, gen.State);
            kit.Expect("""
                try
                next -> 1
                finally
                close -> None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("after 1")
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //         yield 2
        //         log.append("handler done")
        //     finally:
        //         log.append("finally")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("close", lambda: g.close())
        [Fact]
        public void Close_while_paused_in_a_handler_runs_the_finally()
        {
            var kit = ExceptionKit.Compile(CatchAndFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("bad")));
            kit.Step("close", () => gen.Close());
            Assert.Equal(CoroutineState.Closed, gen.State);
            kit.Expect("""
                try
                next -> 1
                caught bad
                throw -> 2
                finally
                close -> None
                """);
        }

        private const string PausingFinally = """
            using System;
            using System.Collections.Generic;
            using Coroutines;
            public static partial class Sample
            {
                public static List<string> Log = new();
                static void Explode(string message) => throw new FormatException(message);

                [Coroutine]
                public static partial void Body(Co<int> co)
                {
                    try
                    {
                        Log.Add("try");
                        co.Yield(1);
                        Log.Add("try done");
                    }
                    finally
                    {
                        Log.Add("finally");
                        co.Yield(2);
                        Log.Add("finally resumed");
                    }
                    Log.Add("end");
                    co.Yield(3);
                }

                [Coroutine]
                public static partial void Raises(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                        Explode("from the body");
                        Log.Add("not reached");
                    }
                    finally
                    {
                        Log.Add("finally");
                        co.Yield(2);
                        Log.Add("finally resumed");
                    }
                    Log.Add("not reached either");
                }
            }
            """;

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("try done")
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("finally resumed")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Yield_inside_finally_pauses_it_on_normal_completion()
        {
            var kit = ExceptionKit.Compile(PausingFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                try done
                finally
                next -> 2
                finally resumed
                end
                next -> 3
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("try done")
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("finally resumed")
        //     log.append("end")
        //     yield 3
        // g = body()
        // thrown = FormatException("bad")
        // caught = []
        // def resume():
        //     try:
        //         return next(g)
        //     except BaseException as e:
        //         caught.append(e)
        //         raise
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(thrown))
        // step("next", resume)
        // log.append("same object: " + show(caught[0] is thrown))
        // step("next", lambda: next(g))
        [Fact]
        public void Yield_inside_finally_during_an_exception_pauses_then_the_exception_continues()
        {
            var kit = ExceptionKit.Compile(PausingFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            var thrown = new FormatException("bad");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(thrown));
            kit.Step("next", () => gen.Next());
            kit.Log.Add("same object: " + (ReferenceEquals(thrown, kit.LastException) ? "True" : "False"));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                finally
                throw -> 2
                finally resumed
                next -> FormatException: bad
                same object: True
                next -> StopIteration None
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def raises():
        //     try:
        //         yield 1
        //         explode("from the body")
        //         log.append("not reached")
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("finally resumed")
        //     log.append("not reached either")
        // g = raises()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Yield_inside_finally_during_an_exception_from_the_body_pauses_then_the_exception_continues()
        {
            var kit = ExceptionKit.Compile(PausingFinally);
            var gen = kit.Make<Generator<int>>("Sample.Raises");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                finally
                next -> 2
                finally resumed
                next -> FormatException: from the body
                """);
        }

        // Python:
        // import inspect
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("try done")
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("finally resumed")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        // log.append("suspended: " + show(inspect.getgeneratorstate(g) == inspect.GEN_SUSPENDED))
        [Fact]
        public void Close_when_the_finally_yields_throws_generator_ignored_GeneratorExit()
        {
            var kit = ExceptionKit.Compile(PausingFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            Assert.IsType<InvalidOperationException>(kit.LastException);
            Assert.Equal(2, gen.Current);
            kit.Log.Add("suspended: " + (gen.State == CoroutineState.Suspended ? "True" : "False"));
            kit.Expect("""
                try
                next -> 1
                finally
                close -> InvalidOperationException: generator ignored GeneratorExit
                suspended: True
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("try done")
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("finally resumed")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Resuming_after_ignored_GeneratorExit_finishes_the_finally_then_raises_GeneratorExit()
        {
            var kit = ExceptionKit.Compile(PausingFinally);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            kit.Step("next", () => gen.Next());
            Assert.IsType<GeneratorExitException>(kit.LastException);
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                finally
                close -> InvalidOperationException: generator ignored GeneratorExit
                finally resumed
                next -> GeneratorExitException: The coroutine is being closed.
                next -> StopIteration None
                """);
        }

        private const string NestedGuarded = """
            using System;
            using System.Collections.Generic;
            using Coroutines;
            public static partial class Sample
            {
                public static List<string> Log = new();

                [Coroutine]
                public static partial void Body(Co<int> co)
                {
                    try
                    {
                        Log.Add("outer try");
                        co.Yield(1);
                        try
                        {
                            Log.Add("inner try");
                            co.Yield(2);
                            Log.Add("inner try done");
                        }
                        finally
                        {
                            Log.Add("inner finally");
                        }
                        co.Yield(3);
                        Log.Add("outer try done");
                    }
                    finally
                    {
                        Log.Add("outer finally");
                    }
                    Log.Add("end");
                }
            }
            """;

        // Python:
        // def body():
        //     try:
        //         log.append("outer try")
        //         yield 1
        //         try:
        //             log.append("inner try")
        //             yield 2
        //             log.append("inner try done")
        //         finally:
        //             log.append("inner finally")
        //         yield 3
        //         log.append("outer try done")
        //     finally:
        //         log.append("outer finally")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Nested_try_finally_with_yields_at_each_level_runs_each_finally_once()
        {
            var kit = ExceptionKit.Compile(NestedGuarded);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                outer try
                next -> 1
                inner try
                next -> 2
                inner try done
                inner finally
                next -> 3
                outer try done
                outer finally
                end
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("outer try")
        //         yield 1
        //         try:
        //             log.append("inner try")
        //             yield 2
        //             log.append("inner try done")
        //         finally:
        //             log.append("inner finally")
        //         yield 3
        //         log.append("outer try done")
        //     finally:
        //         log.append("outer finally")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(TimeoutException("deep")))
        [Fact]
        public void Throw_at_the_innermost_yield_runs_inner_then_outer_finally()
        {
            var kit = ExceptionKit.Compile(NestedGuarded);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new TimeoutException("deep")));
            kit.Expect("""
                outer try
                next -> 1
                inner try
                next -> 2
                inner finally
                outer finally
                throw -> TimeoutException: deep
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("outer try")
        //         yield 1
        //         try:
        //             log.append("inner try")
        //             yield 2
        //             log.append("inner try done")
        //         finally:
        //             log.append("inner finally")
        //         yield 3
        //         log.append("outer try done")
        //     finally:
        //         log.append("outer finally")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        [Fact]
        public void Close_at_the_innermost_yield_runs_inner_then_outer_finally()
        {
            var kit = ExceptionKit.Compile(NestedGuarded);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            kit.Expect("""
                outer try
                next -> 1
                inner try
                next -> 2
                inner finally
                outer finally
                close -> None
                """);
        }

        private const string NestedPausing = """
            using System;
            using System.Collections.Generic;
            using Coroutines;
            public static partial class Sample
            {
                public static List<string> Log = new();

                [Coroutine]
                public static partial void Body(Co<int> co)
                {
                    try
                    {
                        Log.Add("outer try");
                        co.Yield(1);
                        try
                        {
                            Log.Add("inner try");
                            co.Yield(2);
                            Log.Add("inner try done");
                        }
                        finally
                        {
                            Log.Add("inner finally");
                            co.Yield(3);
                            Log.Add("inner finally done");
                        }
                        co.Yield(4);
                        Log.Add("outer try done");
                    }
                    finally
                    {
                        Log.Add("outer finally");
                        co.Yield(5);
                        Log.Add("outer finally done");
                    }
                    Log.Add("end");
                }
            }
            """;

        // Python:
        // def body():
        //     try:
        //         log.append("outer try")
        //         yield 1
        //         try:
        //             log.append("inner try")
        //             yield 2
        //             log.append("inner try done")
        //         finally:
        //             log.append("inner finally")
        //             yield 3
        //             log.append("inner finally done")
        //         yield 4
        //         log.append("outer try done")
        //     finally:
        //         log.append("outer finally")
        //         yield 5
        //         log.append("outer finally done")
        //     log.append("end")
        // g = body()
        // for _ in range(6):
        //     step("next", lambda: next(g))
        [Fact]
        public void Nested_pausing_finallies_pause_in_turn_on_normal_completion()
        {
            var kit = ExceptionKit.Compile(NestedPausing);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 6; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                outer try
                next -> 1
                inner try
                next -> 2
                inner try done
                inner finally
                next -> 3
                inner finally done
                next -> 4
                outer try done
                outer finally
                next -> 5
                outer finally done
                end
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("outer try")
        //         yield 1
        //         try:
        //             log.append("inner try")
        //             yield 2
        //             log.append("inner try done")
        //         finally:
        //             log.append("inner finally")
        //             yield 3
        //             log.append("inner finally done")
        //         yield 4
        //         log.append("outer try done")
        //     finally:
        //         log.append("outer finally")
        //         yield 5
        //         log.append("outer finally done")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(TimeoutException("deep")))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_at_the_innermost_yield_pauses_in_each_finally_then_propagates()
        {
            var kit = ExceptionKit.Compile(NestedPausing);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new TimeoutException("deep")));
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                outer try
                next -> 1
                inner try
                next -> 2
                inner finally
                throw -> 3
                inner finally done
                outer finally
                next -> 5
                outer finally done
                next -> TimeoutException: deep
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("outer try")
        //         yield 1
        //         try:
        //             log.append("inner try")
        //             yield 2
        //             log.append("inner try done")
        //         finally:
        //             log.append("inner finally")
        //             yield 3
        //             log.append("inner finally done")
        //         yield 4
        //         log.append("outer try done")
        //     finally:
        //         log.append("outer finally")
        //         yield 5
        //         log.append("outer finally done")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(TimeoutException("in the inner finally")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_at_a_yield_inside_the_inner_finally_runs_the_outer_finally()
        {
            var kit = ExceptionKit.Compile(NestedPausing);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new TimeoutException("in the inner finally")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                outer try
                next -> 1
                inner try
                next -> 2
                inner try done
                inner finally
                next -> 3
                outer finally
                throw -> 5
                outer finally done
                next -> TimeoutException: in the inner finally
                """);
        }

        private const string RaisingFinally = """
            using System;
            using System.Collections.Generic;
            using Coroutines;
            public static partial class Sample
            {
                public static List<string> Log = new();

                [Coroutine]
                public static partial void Guarded(Co<int> co)
                {
                    try
                    {
                        try
                        {
                            co.Yield(1);
                        }
                        finally
                        {
                            Log.Add("finally");
                            throw new ArgumentException("from finally");
                        }
                    }
                    catch (Exception e)
                    {
                        Log.Add("outer caught " + e.GetType().Name + ": " + e.Message);
                    }
                    co.Yield(2);
                }

                [Coroutine]
                public static partial void Pausing(Co<int> co)
                {
                    try
                    {
                        try
                        {
                            co.Yield(1);
                        }
                        finally
                        {
                            Log.Add("finally");
                            co.Yield(2);
                            throw new ArgumentException("from finally");
                        }
                    }
                    catch (Exception e)
                    {
                        Log.Add("outer caught " + e.GetType().Name + ": " + e.Message);
                    }
                    co.Yield(3);
                }
            }
            """;

        // Python:
        // def guarded():
        //     try:
        //         try:
        //             yield 1
        //         finally:
        //             log.append("finally")
        //             raise ArgumentException("from finally")
        //     except Exception as e:
        //         log.append("outer caught " + type(e).__name__ + ": " + str(e))
        //     yield 2
        // g = guarded()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("pending")))
        // step("next", lambda: next(g))
        [Fact]
        public void Exception_raised_inside_a_finally_replaces_the_pending_one()
        {
            var kit = ExceptionKit.Compile(RaisingFinally);
            var gen = kit.Make<Generator<int>>("Sample.Guarded");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("pending")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                finally
                outer caught ArgumentException: from finally
                throw -> 2
                next -> StopIteration None
                """);
        }

        // Python:
        // def pausing():
        //     try:
        //         try:
        //             yield 1
        //         finally:
        //             log.append("finally")
        //             yield 2
        //             raise ArgumentException("from finally")
        //     except Exception as e:
        //         log.append("outer caught " + type(e).__name__ + ": " + str(e))
        //     yield 3
        // g = pausing()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("pending")))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Exception_raised_inside_a_pausing_finally_replaces_the_pending_one()
        {
            var kit = ExceptionKit.Compile(RaisingFinally);
            var gen = kit.Make<Generator<int>>("Sample.Pausing");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("pending")));
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                finally
                throw -> 2
                outer caught ArgumentException: from finally
                next -> 3
                next -> StopIteration None
                """);
        }

        // Python:
        // def pausing():
        //     try:
        //         try:
        //             yield 1
        //         finally:
        //             log.append("finally")
        //             yield 2
        //             raise ArgumentException("from finally")
        //     except Exception as e:
        //         log.append("outer caught " + type(e).__name__ + ": " + str(e))
        //     yield 3
        // g = pausing()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("pending")))
        // step("throw", lambda: g.throw(TimeoutException("thrown into the finally")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_at_a_yield_inside_a_finally_replaces_the_pending_exception()
        {
            var kit = ExceptionKit.Compile(RaisingFinally);
            var gen = kit.Make<Generator<int>>("Sample.Pausing");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("pending")));
            kit.Step("throw", () => gen.Throw(new TimeoutException("thrown into the finally")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                finally
                throw -> 2
                outer caught TimeoutException: thrown into the finally
                throw -> 3
                next -> StopIteration None
                """);
        }

        // Python:
        // # Python has no filters: the outer handler tests the condition. The point: the inner finally, which pauses,
        // # has already run when the outer filter is evaluated (DESIGN: as C#'s await lowering orders them).
        // def check(e):
        //     log.append("outer filter " + str(e))
        //     return True
        // def body():
        //     try:
        //         try:
        //             yield 1
        //         finally:
        //             log.append("inner finally")
        //             yield 2
        //             log.append("inner finally done")
        //     except FormatException as e:
        //         if not check(e):
        //             raise
        //         log.append("outer caught " + str(e))
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("next", lambda: next(g))
        [Fact]
        public void Outer_exception_filter_runs_after_an_inner_finally_that_pauses()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    static bool Check(Exception e)
                    {
                        Log.Add("outer filter " + e.Message);
                        return true;
                    }

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        try
                        {
                            try
                            {
                                co.Yield(1);
                            }
                            finally
                            {
                                Log.Add("inner finally");
                                co.Yield(2);
                                Log.Add("inner finally done");
                            }
                        }
                        catch (FormatException e) when (Check(e))
                        {
                            Log.Add("outer caught " + e.Message);
                        }
                        co.Yield(3);
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("bad")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                inner finally
                throw -> 2
                inner finally done
                outer filter bad
                outer caught bad
                next -> 3
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //     finally:
        //         log.append("finally")
        //         yield 1
        //         log.append("finally done")
        //     yield 2
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Finally_that_pauses_after_a_try_without_yields()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        try
                        {
                            Log.Add("try");
                        }
                        finally
                        {
                            Log.Add("finally");
                            co.Yield(1);
                            Log.Add("finally done");
                        }
                        co.Yield(2);
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                finally
                next -> 1
                finally done
                next -> 2
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     for i in range(3):
        //         try:
        //             try:
        //                 yield i
        //                 if i == 0:
        //                     raise FormatException("first")
        //             finally:
        //                 log.append("finally " + str(i))
        //                 yield 100 + i
        //         except FormatException as e:
        //             log.append("caught " + str(e))
        //     log.append("end")
        // g = body()
        // for _ in range(7):
        //     step("next", lambda: next(g))
        [Fact]
        public void Pausing_finally_inside_a_loop_starts_each_iteration_with_nothing_pending()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        for (int i = 0; i < 3; i++)
                        {
                            try
                            {
                                try
                                {
                                    co.Yield(i);
                                    if (i == 0) throw new FormatException("first");
                                }
                                finally
                                {
                                    Log.Add("finally " + i);
                                    co.Yield(100 + i);
                                }
                            }
                            catch (FormatException e)
                            {
                                Log.Add("caught " + e.Message);
                            }
                        }
                        Log.Add("end");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 7; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 0
                finally 0
                next -> 100
                caught first
                next -> 1
                finally 1
                next -> 101
                next -> 2
                finally 2
                next -> 102
                end
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         yield 1
        //         log.append("not reached")
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("finally done")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_caught_by_a_catch_then_the_pausing_finally_runs_with_nothing_pending()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        try
                        {
                            co.Yield(1);
                            Log.Add("not reached");
                        }
                        catch (FormatException e)
                        {
                            Log.Add("caught " + e.Message);
                        }
                        finally
                        {
                            Log.Add("finally");
                            co.Yield(2);
                            Log.Add("finally done");
                        }
                        Log.Add("end");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("bad")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                caught bad
                finally
                throw -> 2
                finally done
                end
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         yield 1
        //     finally:
        //         log.append("finally")
        //         try:
        //             yield 2
        //             log.append("inner try done")
        //         except FormatException as e:
        //             log.append("finally caught " + str(e))
        //         log.append("finally done")
        //     log.append("not reached")
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(TimeoutException("pending")))
        // step("throw", lambda: g.throw(FormatException("inside the finally")))
        [Fact]
        public void Try_catch_inside_a_pausing_finally_keeps_the_pending_exception()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        try
                        {
                            co.Yield(1);
                        }
                        finally
                        {
                            Log.Add("finally");
                            try
                            {
                                co.Yield(2);
                                Log.Add("inner try done");
                            }
                            catch (FormatException e)
                            {
                                Log.Add("finally caught " + e.Message);
                            }
                            Log.Add("finally done");
                        }
                        Log.Add("not reached");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new TimeoutException("pending")));
            kit.Step("throw", () => gen.Throw(new FormatException("inside the finally")));
            kit.Expect("""
                next -> 1
                finally
                throw -> 2
                finally caught inside the finally
                finally done
                throw -> TimeoutException: pending
                """);
        }

        // Python:
        // def body():
        //     try:
        //         yield 1
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("not reached")
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("pending")))
        // step("close", lambda: g.close())
        // step("next", lambda: next(g))
        [Fact]
        public void Close_at_a_yield_in_a_finally_with_a_pending_exception_closes_quietly()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        try
                        {
                            co.Yield(1);
                        }
                        finally
                        {
                            Log.Add("finally");
                            co.Yield(2);
                            Log.Add("not reached");
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("pending")));
            kit.Step("close", () => gen.Close());
            Assert.Equal(CoroutineState.Closed, gen.State);
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                finally
                throw -> 2
                close -> None
                next -> StopIteration None
                """);
        }

        // Python:
        // def body(pause):
        //     try:
        //         log.append("try")
        //         if pause:
        //             yield 1
        //     finally:
        //         log.append("finally")
        //     log.append("end")
        // g = body(True)
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // g = body(False)
        // step("next", lambda: next(g))
        [Fact]
        public void Conditional_yield_as_the_last_statement_of_a_try_with_finally()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co, bool pause)
                    {
                        try
                        {
                            Log.Add("try");
                            if (pause) co.Yield(1);
                        }
                        finally
                        {
                            Log.Add("finally");
                        }
                        Log.Add("end");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body", true);
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            gen = kit.Make<Generator<int>>("Sample.Body", false);
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                finally
                end
                next -> StopIteration None
                try
                finally
                end
                next -> StopIteration None
                """);
        }
    }
}
