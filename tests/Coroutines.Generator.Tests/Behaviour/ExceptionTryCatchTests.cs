using System;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// Yields inside try blocks with catch clauses, exceptions thrown in at them, and catch handlers that pause.
    /// Each Python program below runs with the prelude in <see cref="ExceptionKit"/>; its output is the expected log.
    /// </summary>
    public class ExceptionTryCatchTests
    {
        private const string TypedCatch = """
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
                    catch (FormatException e)
                    {
                        Log.Add("caught " + e.Message);
                    }
                    Log.Add("end");
                    co.Yield(9);
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
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //     log.append("end")
        //     yield 9
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Yield_inside_try_with_catch_runs_through_when_nothing_is_thrown()
        {
            var kit = ExceptionKit.Compile(TypedCatch);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                after 1
                next -> 2
                end
                next -> 9
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
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //     log.append("end")
        //     yield 9
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_at_yield_inside_try_is_caught_by_typed_catch()
        {
            var kit = ExceptionKit.Compile(TypedCatch);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("bad")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                caught bad
                end
                throw -> 9
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
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //     log.append("end")
        //     yield 9
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(ArgumentException("wrong type")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_of_another_type_passes_the_typed_catch_and_reaches_the_caller()
        {
            var kit = ExceptionKit.Compile(TypedCatch);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            var thrown = new ArgumentException("wrong type");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(thrown));
            Assert.Same(thrown, kit.LastException);
            Assert.Equal(CoroutineState.Closed, gen.State);
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                after 1
                next -> 2
                throw -> ArgumentException: wrong type
                next -> StopIteration None
                """);
        }

        private const string FilteredCatch = """
            using System;
            using System.Collections.Generic;
            using Coroutines;
            public static partial class Sample
            {
                public static List<string> Log = new();

                static bool Check(Exception e)
                {
                    Log.Add("filter " + e.Message);
                    return e.Message == "yes";
                }

                [Coroutine]
                public static partial void Body(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                        Log.Add("not reached");
                    }
                    catch (FormatException e) when (Check(e))
                    {
                        Log.Add("first " + e.Message);
                    }
                    catch (FormatException e)
                    {
                        Log.Add("second " + e.Message);
                    }
                    co.Yield(2);
                }

                [Coroutine]
                public static partial void OnlyFiltered(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                    }
                    catch (FormatException e) when (Check(e))
                    {
                        Log.Add("caught " + e.Message);
                    }
                    co.Yield(2);
                }
            }
            """;

        // Python (no filters: the handler tests the condition and falls to what the next clause would do):
        // def check(e):
        //     log.append("filter " + str(e))
        //     return str(e) == "yes"
        // def body():
        //     try:
        //         yield 1
        //         log.append("not reached")
        //     except FormatException as e:
        //         if check(e):
        //             log.append("first " + str(e))
        //         else:
        //             log.append("second " + str(e))
        //     yield 2
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("yes")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_is_caught_by_a_catch_whose_filter_is_true()
        {
            var kit = ExceptionKit.Compile(FilteredCatch);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("yes")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                filter yes
                first yes
                throw -> 2
                next -> StopIteration None
                """);
        }

        // Python (no filters: the handler tests the condition and falls to what the next clause would do):
        // def check(e):
        //     log.append("filter " + str(e))
        //     return str(e) == "yes"
        // def body():
        //     try:
        //         yield 1
        //         log.append("not reached")
        //     except FormatException as e:
        //         if check(e):
        //             log.append("first " + str(e))
        //         else:
        //             log.append("second " + str(e))
        //     yield 2
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("no")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_skips_a_catch_whose_filter_is_false_and_reaches_the_next_catch()
        {
            var kit = ExceptionKit.Compile(FilteredCatch);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("no")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                filter no
                second no
                throw -> 2
                next -> StopIteration None
                """);
        }

        // Python (no filters: the handler tests the condition and re-raises when it is false):
        // def check(e):
        //     log.append("filter " + str(e))
        //     return str(e) == "yes"
        // def body():
        //     try:
        //         yield 1
        //     except FormatException as e:
        //         if not check(e):
        //             raise
        //         log.append("caught " + str(e))
        //     yield 2
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("no")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_passes_a_catch_whose_filter_is_false_and_reaches_the_caller()
        {
            var kit = ExceptionKit.Compile(FilteredCatch);
            var gen = kit.Make<Generator<int>>("Sample.OnlyFiltered");
            var thrown = new FormatException("no");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(thrown));
            Assert.Same(thrown, kit.LastException);
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                filter no
                throw -> FormatException: no
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         log.append("not reached")
        //     except:
        //         log.append("caught")
        //     yield 2
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(TimeoutException("late")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_is_caught_by_a_bare_catch()
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
                            co.Yield(1);
                            Log.Add("not reached");
                        }
                        catch
                        {
                            Log.Add("caught");
                        }
                        co.Yield(2);
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new TimeoutException("late")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                next -> 1
                caught
                throw -> 2
                next -> StopIteration None
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body():
        //     try:
        //         yield 1
        //         explode("from the body")
        //         log.append("not reached")
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //     yield 2
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Exception_from_user_code_after_a_resume_is_caught_by_the_catch_around_it()
        {
            var kit = ExceptionKit.Compile("""
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
                            co.Yield(1);
                            Explode("from the body");
                            Log.Add("not reached");
                        }
                        catch (FormatException e)
                        {
                            Log.Add("caught " + e.Message);
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
                next -> 1
                caught from the body
                next -> 2
                next -> StopIteration None
                """);
        }

        // Python:
        // def compute():
        //     log.append("compute")
        //     raise FormatException("while computing the value")
        // def body():
        //     try:
        //         yield 1
        //         yield compute()
        //         log.append("not reached")
        //     except FormatException as e:
        //         log.append("caught " + str(e))
        //     yield 2
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Exception_while_computing_a_yielded_value_is_caught_by_the_catch_around_it()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    static int Compute()
                    {
                        Log.Add("compute");
                        throw new FormatException("while computing the value");
                    }

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        try
                        {
                            co.Yield(1);
                            co.Yield(Compute());
                            Log.Add("not reached");
                        }
                        catch (FormatException e)
                        {
                            Log.Add("caught " + e.Message);
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
                next -> 1
                compute
                caught while computing the value
                next -> 2
                next -> StopIteration None
                """);
        }

        private const string PausingHandler = """
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
                        Explode("first");
                    }
                    catch (FormatException e)
                    {
                        Log.Add("handler " + e.Message);
                        co.Yield(1);
                        Log.Add("handler resumed " + e.Message);
                        co.Yield(2);
                        Log.Add("handler done " + e.Message);
                    }
                    Log.Add("end");
                }

                [Coroutine]
                public static partial void Rethrows(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                        Log.Add("not reached");
                    }
                    catch (FormatException e)
                    {
                        Log.Add("handler " + e.Message);
                        co.Yield(2);
                        Log.Add("rethrow");
                        throw;
                    }
                    Log.Add("not reached either");
                }
            }
            """;

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body():
        //     try:
        //         log.append("try")
        //         explode("first")
        //     except FormatException as e:
        //         log.append("handler " + str(e))
        //         yield 1
        //         log.append("handler resumed " + str(e))
        //         yield 2
        //         log.append("handler done " + str(e))
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Yield_inside_catch_pauses_the_handler_and_keeps_its_exception_variable()
        {
            var kit = ExceptionKit.Compile(PausingHandler);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                try
                handler first
                next -> 1
                handler resumed first
                next -> 2
                handler done first
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
        //         log.append("handler " + str(e))
        //         yield 2
        //         log.append("rethrow")
        //         raise
        //     log.append("not reached either")
        // g = body()
        // original = FormatException("thrown in")
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(original))
        // caught = []
        // def resume():
        //     try:
        //         return next(g)
        //     except BaseException as e:
        //         caught.append(e)
        //         raise
        // step("next", resume)
        // log.append("same object: " + show(caught[0] is original))
        [Fact]
        public void Rethrow_inside_a_pausing_handler_rethrows_the_same_exception_object()
        {
            var kit = ExceptionKit.Compile(PausingHandler);
            var gen = kit.Make<Generator<int>>("Sample.Rethrows");
            var original = new FormatException("thrown in");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(original));
            kit.Step("next", () => gen.Next());
            kit.Log.Add("same object: " + (ReferenceEquals(original, kit.LastException) ? "True" : "False"));
            kit.Expect("""
                next -> 1
                handler thrown in
                throw -> 2
                rethrow
                next -> FormatException: thrown in
                same object: True
                """);
        }

        // Python (the traceback of the re-raised exception still holds the frame of explode):
        // import traceback
        // def explode(message):
        //     raise FormatException(message)
        // def body():
        //     try:
        //         yield 1
        //         explode("deep")
        //     except FormatException:
        //         yield 2
        //         raise
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // try:
        //     next(g)
        // except FormatException as e:
        //     names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        //     log.append("trace has explode: " + show("explode" in names))
        [Fact]
        public void Rethrow_inside_a_pausing_handler_keeps_the_original_throw_site_in_the_stack_trace()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();
                    public static void Explode(string message) => throw new FormatException(message);

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        try
                        {
                            co.Yield(1);
                            Explode("deep");
                        }
                        catch (FormatException)
                        {
                            co.Yield(2);
                            throw;
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            var e = ExceptionKit.Catch(() => gen.Next());
            Assert.IsType<FormatException>(e);
            kit.Log.Add("trace has explode: " + (e.StackTrace!.Contains("Sample.Explode(") ? "True" : "False"));
            kit.Expect("""
                next -> 1
                next -> 2
                trace has explode: True
                """);
        }

        // Python:
        // def body():
        //     try:
        //         yield 1
        //     except FormatException as e:
        //         log.append("handler " + str(e))
        //         yield 2
        //         log.append("not reached")
        //     log.append("not reached either")
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("first")))
        // step("throw", lambda: g.throw(ArgumentException("second")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_at_a_yield_inside_a_handler_replaces_the_handled_exception()
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
                        catch (FormatException e)
                        {
                            Log.Add("handler " + e.Message);
                            co.Yield(2);
                            Log.Add("not reached");
                        }
                        Log.Add("not reached either");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("first")));
            kit.Step("throw", () => gen.Throw(new ArgumentException("second")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                handler first
                throw -> 2
                throw -> ArgumentException: second
                next -> StopIteration None
                """);
        }

        private const string NestedCatches = """
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
                        catch (FormatException e)
                        {
                            Log.Add("inner caught " + e.Message);
                            co.Yield(3);
                            Log.Add("inner handler done");
                        }
                        Log.Add("between");
                        co.Yield(4);
                    }
                    catch (ArgumentException e)
                    {
                        Log.Add("outer caught " + e.Message);
                        co.Yield(5);
                        Log.Add("outer handler done");
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
        //         except FormatException as e:
        //             log.append("inner caught " + str(e))
        //             yield 3
        //             log.append("inner handler done")
        //         log.append("between")
        //         yield 4
        //     except ArgumentException as e:
        //         log.append("outer caught " + str(e))
        //         yield 5
        //         log.append("outer handler done")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Nested_trys_with_yields_at_each_level_run_through_when_nothing_is_thrown()
        {
            var kit = ExceptionKit.Compile(NestedCatches);
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
                between
                next -> 4
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
        //         except FormatException as e:
        //             log.append("inner caught " + str(e))
        //             yield 3
        //             log.append("inner handler done")
        //         log.append("between")
        //         yield 4
        //     except ArgumentException as e:
        //         log.append("outer caught " + str(e))
        //         yield 5
        //         log.append("outer handler done")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(ArgumentException("a")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_at_inner_yield_passes_the_inner_catch_and_is_caught_by_the_outer_one()
        {
            var kit = ExceptionKit.Compile(NestedCatches);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new ArgumentException("a")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                outer try
                next -> 1
                inner try
                next -> 2
                outer caught a
                throw -> 5
                outer handler done
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
        //         except FormatException as e:
        //             log.append("inner caught " + str(e))
        //             yield 3
        //             log.append("inner handler done")
        //         log.append("between")
        //         yield 4
        //     except ArgumentException as e:
        //         log.append("outer caught " + str(e))
        //         yield 5
        //         log.append("outer handler done")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("f")))
        // step("throw", lambda: g.throw(ArgumentException("a")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_at_a_yield_in_the_inner_handler_is_caught_by_the_outer_catch()
        {
            var kit = ExceptionKit.Compile(NestedCatches);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("f")));
            kit.Step("throw", () => gen.Throw(new ArgumentException("a")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                outer try
                next -> 1
                inner try
                next -> 2
                inner caught f
                throw -> 3
                outer caught a
                throw -> 5
                outer handler done
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
        //         except FormatException as e:
        //             log.append("inner caught " + str(e))
        //             yield 3
        //             log.append("inner handler done")
        //         log.append("between")
        //         yield 4
        //     except ArgumentException as e:
        //         log.append("outer caught " + str(e))
        //         yield 5
        //         log.append("outer handler done")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("after the inner try")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_after_the_inner_try_is_not_caught_by_the_inner_catch()
        {
            var kit = ExceptionKit.Compile(NestedCatches);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("after the inner try")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                outer try
                next -> 1
                inner try
                next -> 2
                inner try done
                between
                next -> 4
                throw -> FormatException: after the inner try
                next -> StopIteration None
                """);
        }

        // Python (3.11's close() does not hand back the return value; the C# test reads Result):
        // def body():
        //     try:
        //         yield 1
        //         log.append("not reached")
        //     except GeneratorExit:
        //         log.append("caught GeneratorExit")
        //         return 7
        //     return 0
        // g = body()
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        [Fact]
        public void Close_caught_by_a_catch_that_returns_finishes_with_its_value()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial int Body(Co<int> co)
                    {
                        try
                        {
                            co.Yield(1);
                            Log.Add("not reached");
                        }
                        catch (GeneratorExitException)
                        {
                            Log.Add("caught GeneratorExit");
                            return 7;
                        }
                        return 0;
                    }
                }
                """);
            var gen = kit.Make<Generator<int, Unit, int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            Assert.Equal(7, gen.Result);
            Assert.Equal(CoroutineState.Closed, gen.State);
            kit.Expect("""
                next -> 1
                caught GeneratorExit
                close -> None
                """);
        }

        // Python (the combination: a pausing handler inside a loop, thrown into while it is paused):
        // def body():
        //     for i in range(3):
        //         try:
        //             try:
        //                 yield i
        //                 raise FormatException("f" + str(i))
        //             except FormatException as e:
        //                 log.append("handler " + str(e))
        //                 yield 10 + i
        //                 log.append("handler done " + str(i))
        //         except ArgumentException as e:
        //             log.append("loop caught " + str(e))
        //         log.append("iteration end " + str(i))
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(ArgumentException("a0")))
        // step("throw", lambda: g.throw(FormatException("thrown at 1")))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(ArgumentException("a2")))
        [Fact]
        public void Throw_into_a_yield_inside_a_catch_inside_a_loop()
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
                                    throw new FormatException("f" + i);
                                }
                                catch (FormatException e)
                                {
                                    Log.Add("handler " + e.Message);
                                    co.Yield(10 + i);
                                    Log.Add("handler done " + i);
                                }
                            }
                            catch (ArgumentException e)
                            {
                                Log.Add("loop caught " + e.Message);
                            }
                            Log.Add("iteration end " + i);
                        }
                        Log.Add("end");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new ArgumentException("a0")));
            kit.Step("throw", () => gen.Throw(new FormatException("thrown at 1")));
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new ArgumentException("a2")));
            kit.Expect("""
                next -> 0
                handler f0
                next -> 10
                loop caught a0
                iteration end 0
                throw -> 1
                handler thrown at 1
                throw -> 11
                handler done 1
                iteration end 1
                next -> 2
                handler f2
                next -> 12
                loop caught a2
                iteration end 2
                end
                throw -> StopIteration None
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body():
        //     try:
        //         explode("outer")
        //     except FormatException as e:
        //         yield 1
        //         try:
        //             explode("inner")
        //         except FormatException:
        //             log.append("inner handler")
        //             raise
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Rethrow_in_a_nested_catch_inside_a_pausing_handler_rethrows_the_inner_exception()
        {
            var kit = ExceptionKit.Compile("""
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
                            Explode("outer");
                        }
                        catch (FormatException)
                        {
                            co.Yield(1);
                            try
                            {
                                Explode("inner");
                            }
                            catch (FormatException)
                            {
                                Log.Add("inner handler");
                                throw;
                            }
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                inner handler
                next -> FormatException: inner
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body():
        //     try:
        //         explode("outer")
        //     except FormatException as outer:
        //         yield 1
        //         try:
        //             explode("inner")
        //         except FormatException as inner:
        //             yield 2
        //             log.append("inner handler " + str(inner) + ", outer " + str(outer))
        //         log.append("outer handler resumed " + str(outer))
        //         yield 3
        //         raise
        // g = body()
        // for _ in range(4):
        //     step("next", lambda: next(g))
        [Fact]
        public void Nested_pausing_handlers_each_rethrow_their_own_exception()
        {
            var kit = ExceptionKit.Compile("""
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
                            Explode("outer");
                        }
                        catch (FormatException outer)
                        {
                            co.Yield(1);
                            try
                            {
                                Explode("inner");
                            }
                            catch (FormatException inner)
                            {
                                co.Yield(2);
                                Log.Add("inner handler " + inner.Message + ", outer " + outer.Message);
                            }
                            Log.Add("outer handler resumed " + outer.Message);
                            co.Yield(3);
                            throw;
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 4; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                next -> 2
                inner handler inner, outer outer
                outer handler resumed outer
                next -> 3
                next -> FormatException: outer
                """);
        }

        // Python:
        // def body():
        //     try:
        //         yield 1
        //     except FormatException as e:
        //         yield 2
        //         e = ArgumentException("replacement")
        //         log.append("variable now " + str(e))
        //         raise
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("caught")))
        // step("next", lambda: next(g))
        [Fact]
        public void Rethrow_after_reassigning_the_catch_variable_rethrows_the_caught_exception()
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
                        catch (Exception e) when (e is FormatException)
                        {
                            co.Yield(2);
                            e = new ArgumentException("replacement");
                            Log.Add("variable now " + e.Message);
                            throw;
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("caught")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                throw -> 2
                variable now replacement
                next -> FormatException: caught
                """);
        }

        // Python:
        // def body():
        //     for round in range(2):
        //         try:
        //             yield round * 10
        //         except FormatException as e:
        //             yield round * 10 + 1
        //             log.append("handler " + str(round) + " " + str(e))
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("a")))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("b")))
        // step("next", lambda: next(g))
        [Fact]
        public void Pausing_handlers_of_two_trys_with_the_same_variable_name_keep_their_own_exception()
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
                            co.Yield(0);
                        }
                        catch (FormatException e)
                        {
                            co.Yield(1);
                            Log.Add("handler 0 " + e.Message);
                        }
                        try
                        {
                            co.Yield(10);
                        }
                        catch (FormatException e)
                        {
                            co.Yield(11);
                            Log.Add("handler 1 " + e.Message);
                        }
                        Log.Add("end");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("a")));
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("b")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 0
                throw -> 1
                handler 0 a
                next -> 10
                throw -> 11
                handler 1 b
                end
                next -> StopIteration None
                """);
        }

        // Python:
        // def body(expected):
        //     try:
        //         yield 1
        //     except FormatException as e:
        //         if str(e) != expected:
        //             raise
        //         log.append("handler " + str(e))
        //         yield 2
        //         log.append("handler resumed " + str(e))
        //     log.append("end")
        // g = body("match")
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("match")))
        // step("next", lambda: next(g))
        // g = body("match")
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("other")))
        [Fact]
        public void Pausing_handler_with_a_filter_on_a_local_runs_only_when_the_filter_holds()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co, string expected)
                    {
                        try
                        {
                            co.Yield(1);
                        }
                        catch (FormatException e) when (e.Message == expected)
                        {
                            Log.Add("handler " + e.Message);
                            co.Yield(2);
                            Log.Add("handler resumed " + e.Message);
                        }
                        Log.Add("end");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body", "match");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("match")));
            kit.Step("next", () => gen.Next());
            gen = kit.Make<Generator<int>>("Sample.Body", "match");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("other")));
            kit.Expect("""
                next -> 1
                handler match
                throw -> 2
                handler resumed match
                end
                next -> StopIteration None
                next -> 1
                throw -> FormatException: other
                """);
        }
    }
}
