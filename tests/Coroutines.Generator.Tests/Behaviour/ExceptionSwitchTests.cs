using System;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// switch sections that hold yields and try statements. Each Python program below runs with the prelude in
    /// <see cref="ExceptionKit"/>; its output is the expected log (Python's match has no fall-through or goto case;
    /// the programs take the same path).
    /// </summary>
    public class ExceptionSwitchTests
    {
        private const string Sections = """
            using System;
            using System.Collections.Generic;
            using Coroutines;
            public static partial class Sample
            {
                public static List<string> Log = new();
                static void Explode(string message) => throw new FormatException(message);

                [Coroutine]
                public static partial void Body(Co<int> co, int k)
                {
                    switch (k)
                    {
                        case 1:
                            try
                            {
                                Log.Add("case 1");
                                co.Yield(1);
                                Log.Add("case 1 resumed");
                            }
                            finally
                            {
                                Log.Add("finally 1");
                            }
                            break;
                        case 2:
                            try
                            {
                                co.Yield(2);
                                Explode("two");
                            }
                            catch (FormatException e)
                            {
                                Log.Add("caught " + e.Message);
                                co.Yield(20);
                                Log.Add("handler done");
                            }
                            Log.Add("case 2 done");
                            break;
                        default:
                            Log.Add("default");
                            co.Yield(0);
                            break;
                    }
                    Log.Add("end");
                    co.Yield(99);
                }
            }
            """;

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(k):
        //     match k:
        //         case 1:
        //             try:
        //                 log.append("case 1")
        //                 yield 1
        //                 log.append("case 1 resumed")
        //             finally:
        //                 log.append("finally 1")
        //         case 2:
        //             try:
        //                 yield 2
        //                 explode("two")
        //             except FormatException as e:
        //                 log.append("caught " + str(e))
        //                 yield 20
        //                 log.append("handler done")
        //             log.append("case 2 done")
        //         case _:
        //             log.append("default")
        //             yield 0
        //     log.append("end")
        //     yield 99
        // g = body(1)
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Switch_section_with_a_yield_inside_try_finally_runs_the_finally_then_leaves_the_switch()
        {
            var kit = ExceptionKit.Compile(Sections);
            var gen = kit.Make<Generator<int>>("Sample.Body", 1);
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                case 1
                next -> 1
                case 1 resumed
                finally 1
                end
                next -> 99
                next -> StopIteration None
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(k):
        //     match k:
        //         case 1:
        //             try:
        //                 log.append("case 1")
        //                 yield 1
        //                 log.append("case 1 resumed")
        //             finally:
        //                 log.append("finally 1")
        //         case 2:
        //             try:
        //                 yield 2
        //                 explode("two")
        //             except FormatException as e:
        //                 log.append("caught " + str(e))
        //                 yield 20
        //                 log.append("handler done")
        //             log.append("case 2 done")
        //         case _:
        //             log.append("default")
        //             yield 0
        //     log.append("end")
        //     yield 99
        // g = body(1)
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(TimeoutException("in case 1")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_into_a_switch_section_runs_its_finally_and_propagates()
        {
            var kit = ExceptionKit.Compile(Sections);
            var gen = kit.Make<Generator<int>>("Sample.Body", 1);
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new TimeoutException("in case 1")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                case 1
                next -> 1
                finally 1
                throw -> TimeoutException: in case 1
                next -> StopIteration None
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(k):
        //     match k:
        //         case 1:
        //             try:
        //                 log.append("case 1")
        //                 yield 1
        //                 log.append("case 1 resumed")
        //             finally:
        //                 log.append("finally 1")
        //         case 2:
        //             try:
        //                 yield 2
        //                 explode("two")
        //             except FormatException as e:
        //                 log.append("caught " + str(e))
        //                 yield 20
        //                 log.append("handler done")
        //             log.append("case 2 done")
        //         case _:
        //             log.append("default")
        //             yield 0
        //     log.append("end")
        //     yield 99
        // g = body(2)
        // for _ in range(4):
        //     step("next", lambda: next(g))
        [Fact]
        public void Switch_section_with_a_pausing_catch_handler()
        {
            var kit = ExceptionKit.Compile(Sections);
            var gen = kit.Make<Generator<int>>("Sample.Body", 2);
            for (int i = 0; i < 4; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 2
                caught two
                next -> 20
                handler done
                case 2 done
                end
                next -> 99
                next -> StopIteration None
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(k):
        //     match k:
        //         case 1:
        //             try:
        //                 log.append("case 1")
        //                 yield 1
        //                 log.append("case 1 resumed")
        //             finally:
        //                 log.append("finally 1")
        //         case 2:
        //             try:
        //                 yield 2
        //                 explode("two")
        //             except FormatException as e:
        //                 log.append("caught " + str(e))
        //                 yield 20
        //                 log.append("handler done")
        //             log.append("case 2 done")
        //         case _:
        //             log.append("default")
        //             yield 0
        //     log.append("end")
        //     yield 99
        // g = body(2)
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("thrown in")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_into_a_switch_section_is_caught_by_the_catch_in_that_section()
        {
            var kit = ExceptionKit.Compile(Sections);
            var gen = kit.Make<Generator<int>>("Sample.Body", 2);
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("thrown in")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 2
                caught thrown in
                throw -> 20
                handler done
                case 2 done
                end
                next -> 99
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(k):
        //     match k:
        //         case 1:
        //             try:
        //                 log.append("case 1")
        //                 yield 1
        //                 log.append("case 1 resumed")
        //             finally:
        //                 log.append("finally 1")
        //         case 2:
        //             try:
        //                 yield 2
        //                 explode("two")
        //             except FormatException as e:
        //                 log.append("caught " + str(e))
        //                 yield 20
        //                 log.append("handler done")
        //             log.append("case 2 done")
        //         case _:
        //             log.append("default")
        //             yield 0
        //     log.append("end")
        //     yield 99
        // g = body(7)
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Switch_default_section_with_a_yield()
        {
            var kit = ExceptionKit.Compile(Sections);
            var gen = kit.Make<Generator<int>>("Sample.Body", 7);
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                default
                next -> 0
                end
                next -> 99
                next -> StopIteration None
                """);
        }

        // Python:
        // def body(k):
        //     while True:
        //         if k == 1:
        //             try:
        //                 yield 1
        //                 if k == 1:
        //                     break
        //                 log.append("not reached")
        //             finally:
        //                 log.append("finally")
        //                 yield 2
        //                 log.append("finally done")
        //             log.append("after try")
        //         break
        //     log.append("after switch")
        // g = body(1)
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Break_out_of_a_switch_from_a_try_with_pausing_finally()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co, int k)
                    {
                        switch (k)
                        {
                            case 1:
                                try
                                {
                                    co.Yield(1);
                                    if (k == 1) break;
                                    Log.Add("not reached");
                                }
                                finally
                                {
                                    Log.Add("finally");
                                    co.Yield(2);
                                    Log.Add("finally done");
                                }
                                Log.Add("after try");
                                break;
                        }
                        Log.Add("after switch");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body", 1);
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                finally
                next -> 2
                finally done
                after switch
                next -> StopIteration None
                """);
        }

        // Python (goto case 2 leaves the try of case 1, so its finally runs and pauses first):
        // def body(k):
        //     if k == 1:
        //         try:
        //             yield 1
        //         finally:
        //             log.append("finally 1")
        //             yield 10
        //     log.append("case 2")
        //     yield 2
        //     log.append("end")
        // g = body(1)
        // for _ in range(4):
        //     step("next", lambda: next(g))
        [Fact]
        public void Goto_case_out_of_a_try_with_pausing_finally_runs_the_finally_first()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co, int k)
                    {
                        switch (k)
                        {
                            case 1:
                                try
                                {
                                    co.Yield(1);
                                    goto case 2;
                                }
                                finally
                                {
                                    Log.Add("finally 1");
                                    co.Yield(10);
                                }
                            case 2:
                                Log.Add("case 2");
                                co.Yield(2);
                                break;
                        }
                        Log.Add("end");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body", 1);
            for (int i = 0; i < 4; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                finally 1
                next -> 10
                case 2
                next -> 2
                end
                next -> StopIteration None
                """);
        }

        // Python:
        // # (a pattern variable itself may not live across a yield: CORO0012 says to copy it into a local, as here)
        // def body(value):
        //     match value:
        //         case int(n) if n > 5:
        //             m = n
        //             try:
        //                 yield m
        //                 log.append("big " + str(m))
        //             finally:
        //                 log.append("finally " + str(m))
        //         case _:
        //             log.append("other")
        // g = body(7)
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        // g = body(7)
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Local_copied_from_a_case_pattern_lives_across_a_yield_in_a_try()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co, object value)
                    {
                        switch (value)
                        {
                            case int n when n > 5:
                                var m = n;
                                try
                                {
                                    co.Yield(m);
                                    Log.Add("big " + m);
                                }
                                finally
                                {
                                    Log.Add("finally " + m);
                                }
                                break;
                            default:
                                Log.Add("other");
                                break;
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body", 7);
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            gen = kit.Make<Generator<int>>("Sample.Body", 7);
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 7
                finally 7
                close -> None
                next -> 7
                big 7
                finally 7
                next -> StopIteration None
                """);
        }

        // Python:
        // def body(k):
        //     for i in range(k):
        //         if i % 2 == 0:
        //             try:
        //                 yield i
        //                 continue
        //             finally:
        //                 log.append("finally " + str(i))
        //                 yield -i
        //         else:
        //             log.append("odd " + str(i))
        //     log.append("end")
        // g = body(3)
        // for _ in range(5):
        //     step("next", lambda: next(g))
        [Fact]
        public void Continue_from_a_try_in_a_switch_section_inside_a_loop()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co, int k)
                    {
                        for (int i = 0; i < k; i++)
                        {
                            switch (i % 2)
                            {
                                case 0:
                                    try
                                    {
                                        co.Yield(i);
                                        continue;
                                    }
                                    finally
                                    {
                                        Log.Add("finally " + i);
                                        co.Yield(-i);
                                    }
                                default:
                                    Log.Add("odd " + i);
                                    break;
                            }
                        }
                        Log.Add("end");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body", 3);
            for (int i = 0; i < 5; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 0
                finally 0
                next -> 0
                odd 1
                next -> 2
                finally 2
                next -> -2
                end
                next -> StopIteration None
                """);
        }
    }
}
