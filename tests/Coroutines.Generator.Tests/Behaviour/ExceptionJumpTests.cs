using System;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// break, continue, return and goto out of a try whose finally pauses: the finally runs and pauses, then the jump
    /// completes. Each Python program below runs with the prelude in <see cref="ExceptionKit"/>; its output is the
    /// expected log (Python has no goto; its programs take the same path with loops).
    /// </summary>
    public class ExceptionJumpTests
    {
        // Python:
        // def body():
        //     try:
        //         log.append("try")
        //         yield 1
        //         return 5
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("finally done")
        //     log.append("not reached")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Return_from_try_with_pausing_finally_returns_after_the_finally_yields()
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
                            Log.Add("try");
                            co.Yield(1);
                            return 5;
                        }
                        finally
                        {
                            Log.Add("finally");
                            co.Yield(2);
                            Log.Add("finally done");
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int, Unit, int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            Assert.Equal(0, gen.Result);
            kit.Step("next", () => gen.Next());
            Assert.Equal(5, gen.Result);
            Assert.Equal(CoroutineState.Closed, gen.State);
            kit.Expect("""
                try
                next -> 1
                finally
                next -> 2
                finally done
                next -> StopIteration 5
                """);
        }

        // Python:
        // def compute():
        //     log.append("compute")
        //     return 5
        // def body():
        //     try:
        //         yield 1
        //         return compute()
        //     finally:
        //         log.append("finally")
        //         yield 2
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Return_value_is_computed_before_the_pausing_finally_runs()
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
                        return 5;
                    }

                    [Coroutine]
                    public static partial int Body(Co<int> co)
                    {
                        try
                        {
                            co.Yield(1);
                            return Compute();
                        }
                        finally
                        {
                            Log.Add("finally");
                            co.Yield(2);
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int, Unit, int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            Assert.Equal(5, gen.Result);
            kit.Expect("""
                next -> 1
                compute
                finally
                next -> 2
                next -> StopIteration 5
                """);
        }

        // Python:
        // def body():
        //     try:
        //         try:
        //             yield 1
        //             return 5
        //         finally:
        //             log.append("inner finally")
        //             yield 2
        //     finally:
        //         log.append("outer finally")
        //         yield 3
        //     log.append("not reached")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Return_goes_through_two_pausing_finallies_inner_first()
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
                            try
                            {
                                co.Yield(1);
                                return 5;
                            }
                            finally
                            {
                                Log.Add("inner finally");
                                co.Yield(2);
                            }
                        }
                        finally
                        {
                            Log.Add("outer finally");
                            co.Yield(3);
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int, Unit, int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            Assert.Equal(5, gen.Result);
            kit.Expect("""
                next -> 1
                inner finally
                next -> 2
                outer finally
                next -> 3
                next -> StopIteration 5
                """);
        }

        // Python:
        // def body():
        //     try:
        //         yield 1
        //         return 5
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("not reached")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("instead of the return")))
        [Fact]
        public void Throw_at_a_yield_in_the_finally_replaces_a_pending_return()
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
                            return 5;
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
            var gen = kit.Make<Generator<int, Unit, int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("instead of the return")));
            Assert.Equal(0, gen.Result);
            kit.Expect("""
                next -> 1
                finally
                next -> 2
                throw -> FormatException: instead of the return
                """);
        }

        // Python:
        // def body():
        //     try:
        //         raise FormatException("caught")
        //     except FormatException:
        //         yield 1
        //         return 3
        //     finally:
        //         log.append("finally")
        //         yield 2
        //     return 0
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Return_from_a_pausing_handler_goes_through_a_pausing_finally()
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
                            throw new FormatException("caught");
                        }
                        catch (FormatException)
                        {
                            co.Yield(1);
                            return 3;
                        }
                        finally
                        {
                            Log.Add("finally");
                            co.Yield(2);
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int, Unit, int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            Assert.Equal(3, gen.Result);
            kit.Expect("""
                next -> 1
                finally
                next -> 2
                next -> StopIteration 3
                """);
        }

        // Python:
        // def body():
        //     i = 0
        //     while True:
        //         try:
        //             yield i
        //             if i == 1:
        //                 break
        //             log.append("body " + str(i))
        //         finally:
        //             log.append("finally " + str(i))
        //             yield 100 + i
        //         i += 1
        //     log.append("after loop")
        // g = body()
        // for _ in range(5):
        //     step("next", lambda: next(g))
        [Fact]
        public void Break_out_of_try_with_pausing_finally_runs_the_finally_then_leaves_the_loop()
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
                        for (int i = 0; ; i++)
                        {
                            try
                            {
                                co.Yield(i);
                                if (i == 1) break;
                                Log.Add("body " + i);
                            }
                            finally
                            {
                                Log.Add("finally " + i);
                                co.Yield(100 + i);
                            }
                        }
                        Log.Add("after loop");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 5; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 0
                body 0
                finally 0
                next -> 100
                next -> 1
                finally 1
                next -> 101
                after loop
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     for i in range(3):
        //         try:
        //             yield i
        //             if i % 2 == 0:
        //                 continue
        //             log.append("odd " + str(i))
        //         finally:
        //             log.append("finally " + str(i))
        //             yield 100 + i
        //         log.append("after try " + str(i))
        //     log.append("after loop")
        // g = body()
        // for _ in range(7):
        //     step("next", lambda: next(g))
        [Fact]
        public void Continue_out_of_try_with_pausing_finally_runs_the_finally_then_the_next_iteration()
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
                                co.Yield(i);
                                if (i % 2 == 0) continue;
                                Log.Add("odd " + i);
                            }
                            finally
                            {
                                Log.Add("finally " + i);
                                co.Yield(100 + i);
                            }
                            Log.Add("after try " + i);
                        }
                        Log.Add("after loop");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 7; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 0
                finally 0
                next -> 100
                next -> 1
                odd 1
                finally 1
                next -> 101
                after try 1
                next -> 2
                finally 2
                next -> 102
                after loop
                next -> StopIteration None
                """);
        }

        // Python:
        // def body(stop):
        //     while True:
        //         try:
        //             try:
        //                 yield 1
        //                 if stop:
        //                     break
        //             finally:
        //                 log.append("inner finally")
        //                 yield 2
        //         finally:
        //             log.append("outer finally")
        //             yield 3
        //         log.append("not reached")
        //     log.append("after loop")
        // g = body(True)
        // for _ in range(4):
        //     step("next", lambda: next(g))
        [Fact]
        public void Break_goes_through_two_pausing_finallies_inner_first()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co, bool stop)
                    {
                        while (true)
                        {
                            try
                            {
                                try
                                {
                                    co.Yield(1);
                                    if (stop) break;
                                }
                                finally
                                {
                                    Log.Add("inner finally");
                                    co.Yield(2);
                                }
                            }
                            finally
                            {
                                Log.Add("outer finally");
                                co.Yield(3);
                            }
                            Log.Add("not reached");
                        }
                        Log.Add("after loop");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body", true);
            for (int i = 0; i < 4; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                inner finally
                next -> 2
                outer finally
                next -> 3
                after loop
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     for i in range(3):
        //         try:
        //             yield i
        //             if i == 1:
        //                 break
        //         finally:
        //             log.append("finally " + str(i))
        //     log.append("after loop")
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Break_out_of_try_with_plain_finally_runs_the_finally_once()
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
                                co.Yield(i);
                                if (i == 1) break;
                            }
                            finally
                            {
                                Log.Add("finally " + i);
                            }
                        }
                        Log.Add("after loop");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 0
                finally 0
                next -> 1
                finally 1
                after loop
                next -> StopIteration None
                """);
        }

        // Python (goto done: skips the rest of the try and the code between the try and the label):
        // def body(skip):
        //     try:
        //         yield 1
        //         if not skip:
        //             log.append("not skipped")
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("finally done")
        //     if not skip:
        //         log.append("after try")
        //     log.append("done")
        //     yield 3
        // g = body(True)
        // for _ in range(4):
        //     step("next", lambda: next(g))
        [Fact]
        public void Goto_forward_to_a_label_outside_a_try_with_pausing_finally_runs_the_finally_first()
        {
            var kit = ExceptionKit.Compile("""
                using System;
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co, bool skip)
                    {
                        try
                        {
                            co.Yield(1);
                            if (skip) goto done;
                            Log.Add("not skipped");
                        }
                        finally
                        {
                            Log.Add("finally");
                            co.Yield(2);
                            Log.Add("finally done");
                        }
                        Log.Add("after try");
                    done:
                        Log.Add("done");
                        co.Yield(3);
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body", true);
            for (int i = 0; i < 4; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                finally
                next -> 2
                finally done
                done
                next -> 3
                next -> StopIteration None
                """);
        }

        // Python (goto again: jumps back before the try; a loop takes the same path):
        // def body():
        //     i = 0
        //     while True:
        //         log.append("again " + str(i))
        //         try:
        //             yield i
        //             i += 1
        //             if i < 2:
        //                 continue
        //             log.append("no goto")
        //         finally:
        //             log.append("finally " + str(i))
        //             yield -i
        //         break
        //     log.append("end")
        // g = body()
        // for _ in range(5):
        //     step("next", lambda: next(g))
        [Fact]
        public void Goto_back_to_a_label_before_a_try_with_pausing_finally_runs_the_finally_first()
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
                        int i = 0;
                    again:
                        Log.Add("again " + i);
                        try
                        {
                            co.Yield(i);
                            i++;
                            if (i < 2) goto again;
                            Log.Add("no goto");
                        }
                        finally
                        {
                            Log.Add("finally " + i);
                            co.Yield(-i);
                        }
                        Log.Add("end");
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 5; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                again 0
                next -> 0
                finally 1
                next -> -1
                again 1
                next -> 1
                no goto
                finally 2
                next -> -2
                end
                next -> StopIteration None
                """);
        }

        // Python (a goto into a pausing finally's outer try: the inner finally runs, the outer one does not):
        // def body():
        //     try:
        //         try:
        //             yield 1
        //         finally:
        //             log.append("inner finally")
        //             yield 2
        //         log.append("inside outer")
        //         yield 3
        //     finally:
        //         log.append("outer finally")
        //         yield 4
        // g = body()
        // for _ in range(5):
        //     step("next", lambda: next(g))
        [Fact]
        public void Goto_out_of_an_inner_try_stays_inside_the_outer_try()
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
                            try
                            {
                                co.Yield(1);
                                goto inside;
                            }
                            finally
                            {
                                Log.Add("inner finally");
                                co.Yield(2);
                            }
                        inside:
                            Log.Add("inside outer");
                            co.Yield(3);
                        }
                        finally
                        {
                            Log.Add("outer finally");
                            co.Yield(4);
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 5; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                inner finally
                next -> 2
                inside outer
                next -> 3
                outer finally
                next -> 4
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     try:
        //         yield 1
        //         return
        //     finally:
        //         log.append("finally")
        //         yield 2
        //     log.append("not reached")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        [Fact]
        public void Close_at_a_yield_in_a_finally_reached_by_return_closes_the_generator()
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
                            return;
                        }
                        finally
                        {
                            Log.Add("finally");
                            co.Yield(2);
                        }
                    }
                }
                """);
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            Assert.Equal(CoroutineState.Closed, gen.State);
            kit.Expect("""
                next -> 1
                finally
                next -> 2
                close -> None
                """);
        }
    }
}
