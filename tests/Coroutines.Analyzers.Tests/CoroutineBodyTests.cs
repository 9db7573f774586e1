using System.Threading.Tasks;
using Coroutines.Analyzers.Tests.Harness;
using Coroutines.Generator.Diagnostics.Analyzers;
using Xunit;

namespace Coroutines.Analyzers.Tests
{
    /// <summary>CORO1002 (broad catch around a resume point) and CORO1005 (YieldFrom of a mismatched generator).</summary>
    public class CoroutineBodyTests
    {
        private static Task Check(string members) => Verify<CoroutineBodyAnalyzer>.DiagnosticsAsync($$"""
            using System;
            using System.Collections.Generic;
            using Coroutines;

            public static partial class Bodies
            {
            {{members}}
            }
            """ + Samples.Coroutines);

        // ---- CORO1002 ----

        [Fact]
        public Task Catch_Exception_around_a_yield() => Check("""
                [Coroutine]
                public static partial void Worker(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                    }
                    {|CORO1002:catch (Exception e)|}
                    {
                        Console.WriteLine(e.Message);
                    }
                }
            """);

        [Fact]
        public Task Bare_catch_and_unnamed_catch() => Check("""
                [Coroutine]
                public static partial void Worker(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                    }
                    {|CORO1002:catch|}
                    {
                    }
                    try
                    {
                        co.YieldFrom(new[] { 2, 3 });
                    }
                    {|CORO1002:catch (Exception)|}
                    {
                    }
                }
            """);

        [Fact]
        public Task Resume_point_in_a_nested_statement_of_the_try() => Check("""
                [Coroutine]
                public static partial void Worker(Co<int, int> co, int n)
                {
                    try
                    {
                        for (int i = 0; i < n; i++)
                        {
                            if (i % 2 == 0) Console.WriteLine(co.Yield(i));
                        }
                    }
                    catch (ArgumentException)
                    {
                    }
                    {|CORO1002:catch (Exception e)|}
                    {
                        Console.WriteLine(e);
                    }
                }
            """);

        [Fact]
        public Task Task_context_sleep_is_a_resume_point() => Check("""
                [Coroutine]
                public static partial void Worker(Co co)
                {
                    try
                    {
                        co.Sleep(1.0);
                    }
                    {|CORO1002:catch (Exception)|}
                    {
                    }
                }
            """);

        [Fact]
        public Task Quiet_when_the_catch_lets_GeneratorExit_through() => Check("""
                [Coroutine]
                public static partial void Worker(Co<int> co)
                {
                    try { co.Yield(1); }
                    catch (Exception e) when (e is not GeneratorExitException) { Console.WriteLine(e); }

                    try { co.Yield(2); }
                    catch (Exception e) when (e is InvalidOperationException) { Console.WriteLine(e); }

                    try { co.Yield(3); }
                    catch { Console.WriteLine("failed"); throw; }

                    try { co.Yield(4); }
                    catch (Exception e) { if (e is GeneratorExitException) throw; }

                    try { co.Yield(5); }
                    catch (Exception e) { throw e; }

                    try { co.Yield(6); }
                    catch (GeneratorExitException) { throw; }
                    catch (Exception) { }

                    try { co.Yield(7); }
                    catch (GeneratorExitException) { Console.WriteLine("closing"); }
                    catch (Exception) { }

                    try { co.Yield(8); }
                    catch (InvalidOperationException) { }
                }
            """);

        [Fact]
        public Task Quiet_without_a_resume_point_in_the_try() => Check("""
                [Coroutine]
                public static partial void Worker(Co<int> co)
                {
                    try
                    {
                        Console.WriteLine("no pause here");
                    }
                    catch (Exception)
                    {
                    }
                    co.Yield(1);
                    try
                    {
                        co.Yield(2);
                    }
                    finally
                    {
                        Console.WriteLine("a finally is fine");
                    }
                }

                public static void NotACoroutine(IEnumerator<int> items)
                {
                    try { items.MoveNext(); }
                    catch (Exception) { }
                }
            """);

        // ---- CORO1005 ----

        // Beside the coroutines that delegate to them: the generator binds a call of another type's factory only
        // when that factory is reachable from a stub it declares, and its stubs are private.
        private const string Inner = """

                [Coroutine]
                public static partial void Countdown(Co<int> co, int n)
                {
                    while (n > 0) co.Yield(n--);
                }

                [Coroutine]
                public static partial int Summer(Co<int, int> co, int sum)
                {
                    while (true)
                    {
                        int value = co.Yield(sum);
                        if (value < 0) return sum;
                        sum += value;
                    }
                }
            """;

        [Fact]
        public Task YieldFrom_a_generator_that_receives_nothing_into_one_that_receives() => Check("""
                [Coroutine]
                public static partial void Outer(Co<int, int> co)
                {
                    {|CORO1005:co.YieldFrom(Countdown(3))|};
                    int total = co.YieldFrom(Summer(0));
                    co.YieldFrom(new List<int> { 1, 2 });
                }
            """ + Inner);

        [Fact]
        public Task YieldFrom_a_generator_that_receives_into_one_that_does_not() => Check("""
                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    {|CORO1005:co.YieldFrom(Summer(0))|};
                    co.YieldFrom(Countdown(2));
                }
            """ + Inner);

        [Fact]
        public Task YieldFrom_with_covariant_yield_type_is_fine() => Check("""
                [Coroutine]
                public static partial void Words(Co<string> co) { co.Yield("a"); }

                [Coroutine]
                public static partial void Outer(Co<object> co)
                {
                    co.YieldFrom(Words());
                }
            """);

        [Fact]
        public Task YieldFrom_of_another_yield_type_names_both_types() => Verify<CoroutineBodyAnalyzer>.DiagnosticsBesideCompilerErrorsAsync("""
            using Coroutines;

            public static partial class Bodies
            {
                [Coroutine]
                public static partial string Words(Co<string> co) { co.Yield("a"); return "done"; }

                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    {|CORO1005:co.YieldFrom(Words())|};
                }

                [Coroutine]
                public static partial void Task(Co co)
                {
                    {|CORO1005:co.YieldFrom(Gens.Countdown(1))|};
                }
            }
            """ + Samples.Coroutines);
    }
}
