using System.Threading.Tasks;
using Coroutines.Analyzers.Tests.Harness;
using Coroutines.CodeFixes;
using Coroutines.Generator.Diagnostics.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Coroutines.Analyzers.Tests
{
    /// <summary>Each fix: the code before (diagnostics marked), the code after (no diagnostic left).</summary>
    public class CodeFixTests
    {
        // ---- CORO1002: when (e is not GeneratorExitException) ----

        [Fact]
        public Task Broad_catch_gets_a_filter() => Verify<CoroutineBodyAnalyzer>.FixAsync<BroadCatchCodeFix>("""
            using System;
            using Coroutines;

            public static partial class Worker
            {
                [Coroutine]
                public static partial void Run(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                    }
                    {|CORO1002:catch (Exception e)|}
                    {
                        Console.WriteLine(e.Message);
                    }
                    try
                    {
                        co.Yield(2);
                    }
                    {|CORO1002:catch (Exception)|}
                    {
                    }
                    try
                    {
                        co.Yield(3);
                    }
                    {|CORO1002:catch|}
                    {
                    }
                }
            }
            """, """
            using System;
            using Coroutines;

            public static partial class Worker
            {
                [Coroutine]
                public static partial void Run(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                    }
                    catch (Exception e) when (e is not GeneratorExitException)
                    {
                        Console.WriteLine(e.Message);
                    }
                    try
                    {
                        co.Yield(2);
                    }
                    catch (Exception e) when (e is not GeneratorExitException)
                    {
                    }
                    try
                    {
                        co.Yield(3);
                    }
                    catch (Exception e) when (e is not GeneratorExitException)
                    {
                    }
                }
            }
            """);

        [Fact]
        public Task Broad_catch_filter_picks_a_free_name_and_qualifies_without_usings() => Verify<CoroutineBodyAnalyzer>.FixAsync<BroadCatchCodeFix>("""
            public static partial class Worker
            {
                [Coroutines.Coroutine]
                public static partial void Run(Coroutines.Co<int> co, int e)
                {
                    try { co.Yield(e); }
                    {|CORO1002:catch|} { }
                }
            }
            """, """
            public static partial class Worker
            {
                [Coroutines.Coroutine]
                public static partial void Run(Coroutines.Co<int> co, int e)
                {
                    try { co.Yield(e); }
                    catch (System.Exception ex) when (ex is not Coroutines.GeneratorExitException) { }
                }
            }
            """);

        // ---- CORO1001: x.Next() before the send ----

        [Fact]
        public Task Next_is_inserted_before_the_send() => Verify<UnprimedSendAnalyzer>.FixAsync<PrimeBeforeSendCodeFix>("""
            using System;
            using Coroutines;

            public static class Program
            {
                public static void Run(bool flag)
                {
                    var avg = Gens.Averager();
                    // the first value
                    Console.WriteLine({|CORO1001:avg.Send(10)|});
                    var other = Gens.Averager();
                    if (flag) {|CORO1001:other?.Send(1)|};
                }

                public static void More()
                {
                    var sum = Gens.Summer(0);
                    {|CORO1001:sum.Send(1)|};
                }
            }
            """ + Samples.Coroutines, """
            using System;
            using Coroutines;

            public static class Program
            {
                public static void Run(bool flag)
                {
                    var avg = Gens.Averager();
                    avg.Next();
                    // the first value
                    Console.WriteLine(avg.Send(10));
                    var other = Gens.Averager();
                    if (flag)
                    {
                        other.Next();
                        other?.Send(1);
                    }
                }

                public static void More()
                {
                    var sum = Gens.Summer(0);
                    sum.Next();
                    sum.Send(1);
                }
            }
            """ + Samples.Coroutines, equivalenceKey: "Coroutines.PrimeBeforeSend");

        [Fact]
        public Task Next_is_inserted_in_top_level_statements() => new CoroutineTest<UnprimedSendAnalyzer, PrimeBeforeSendCodeFix>
        {
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication, Sources = { """
                using Coroutines;

                var avg = Gens.Averager();
                System.Console.WriteLine({|CORO1001:avg.Send(10)|});
                """ + Samples.Coroutines } },
            FixedState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication, Sources = { """
                using Coroutines;

                var avg = Gens.Averager();
                avg.Next();
                System.Console.WriteLine(avg.Send(10));
                """ + Samples.Coroutines } },
            CodeActionEquivalenceKey = "Coroutines.PrimeBeforeSend",
        }.RunAsync();

        [Fact]
        public Task No_Next_fix_when_the_receiver_is_not_a_variable() => Verify<UnprimedSendAnalyzer>.NoFixAsync<PrimeBeforeSendCodeFix>("""
            public static class Program
            {
                public static void Run() => System.Console.WriteLine({|CORO1001:Gens.Averager().Send(10)|});
            }
            """ + Samples.Coroutines);

        // ---- CORO1001: [Coroutine(Primed = true)] ----

        private const string Feeder = """

            public static partial class Feed
            {
                [Coroutine]
                public static partial void Printer(Co<string?, string> co)
                {
                    while (true) System.Console.WriteLine(co.Yield(null));
                }
            }
            """;

        [Fact]
        public Task Primed_when_every_use_sends_right_after_creation() => WorkspaceFixTest.VerifyAsync<DeclarePrimedCodeFix>("""
            using Coroutines;

            public static class Program
            {
                public static void Run()
                {
                    var printer = Feed.Printer();
                    {|CORO1001:printer.Send("a")|};
                    {|CORO1001:Feed.Printer().TrySend("b")|};
                }
            }
            """ + Feeder, """
            using Coroutines;

            public static class Program
            {
                public static void Run()
                {
                    var printer = Feed.Printer();
                    printer.Send("a");
                    Feed.Printer().TrySend("b");
                }
            }
            """ + Feeder.Replace("[Coroutine]", "[Coroutine(Primed = true)]"), analyzers: new UnprimedSendAnalyzer());

        [Fact]
        public Task Not_primed_when_some_use_does_something_else_first() => WorkspaceFixTest.NoFixAsync<DeclarePrimedCodeFix>("""
            using Coroutines;

            public static class Program
            {
                public static void Run()
                {
                    var printer = Feed.Printer();
                    {|CORO1001:printer.Send("a")|};
                    var other = Feed.Printer();
                    System.Console.WriteLine(other.State);
                    other.Next();
                    other.Send("b");
                }
            }
            """ + Feeder, new UnprimedSendAnalyzer());

        // ---- CORO0001 / CORO0002: partial ----

        [Fact]
        public Task Method_and_enclosing_types_become_partial() => WorkspaceFixTest.VerifyAsync<MakePartialCodeFix>("""
            using Coroutines;

            public static class {|CORO0002:Outer|}
            {
                public static class {|CORO0002:Inner|}
                {
                    [Coroutine]
                    public static void {|CORO0001:Count|}(Co<int> co, int n)
                    {
                        while (n > 0) co.Yield(n--);
                    }
                }
            }
            """, """
            using Coroutines;

            public static partial class Outer
            {
                public static partial class Inner
                {
                    [Coroutine]
                    public static partial void Count(Co<int> co, int n)
                    {
                        while (n > 0) co.Yield(n--);
                    }
                }
            }
            """);

        [Fact]
        public Task Method_without_modifiers_becomes_private_partial() => WorkspaceFixTest.VerifyAsync<MakePartialCodeFix>("""
            using Coroutines;

            public partial class Worker
            {
                [Coroutine]
                void {|CORO0001:Count|}(Co<int> co)
                {
                    co.Yield(1);
                }
            }
            """, """
            using Coroutines;

            public partial class Worker
            {
                [Coroutine]
                private partial void Count(Co<int> co)
                {
                    co.Yield(1);
                }
            }
            """);

        // ---- CORO0003: the context parameter ----

        [Fact]
        public Task Context_parameter_inferred_from_the_yields() => WorkspaceFixTest.VerifyAsync<ContextParameterCodeFix>("""
            using Coroutines;

            public static partial class Worker
            {
                [Coroutine]
                public static partial void Count({|CORO0003:int n|})
                {
                    while (n > 0) co.Yield(n--);
                }

                [Coroutine]
                public static partial void Ask{|CORO0003:()|}
                {
                    string answer = gen.Yield(42);
                    System.Console.WriteLine(answer);
                }

                [Coroutine]
                public static partial void Nap{|CORO0003:()|}
                {
                    co.Sleep(1.0);
                }

                [Coroutine]
                public static partial void Mixed({|CORO0003:bool flag|})
                {
                    if (flag) co.Yield(1);
                    else co.Yield("one");
                }
            }
            """, """
            using Coroutines;

            public static partial class Worker
            {
                [Coroutine]
                public static partial void Count(Co<int> co, int n)
                {
                    while (n > 0) co.Yield(n--);
                }

                [Coroutine]
                public static partial void Ask(Co<int, string> gen)
                {
                    string answer = gen.Yield(42);
                    System.Console.WriteLine(answer);
                }

                [Coroutine]
                public static partial void Nap(Co co)
                {
                    co.Sleep(1.0);
                }

                [Coroutine]
                public static partial void Mixed(Co<object> co, bool flag)
                {
                    if (flag) co.Yield(1);
                    else co.Yield("one");
                }
            }
            """);

        [Fact]
        public Task Context_parameter_moves_first() => WorkspaceFixTest.VerifyAsync<ContextParameterCodeFix>("""
            using Coroutines;

            public static partial class Worker
            {
                [Coroutine]
                public static partial void Count({|CORO0003:int n|}, Co<int> {|CORO0003:co|})
                {
                    while (n > 0) co.Yield(n--);
                }
            }
            """, """
            using Coroutines;

            public static partial class Worker
            {
                [Coroutine]
                public static partial void Count(Co<int> co, int n)
                {
                    while (n > 0) co.Yield(n--);
                }
            }
            """);

        [Fact]
        public Task Context_parameter_passed_by_value() => WorkspaceFixTest.VerifyAsync<ContextParameterCodeFix>("""
            using Coroutines;

            public static partial class Worker
            {
                [Coroutine]
                public static partial void Count({|CORO0003:ref Co<int> co|}, int n)
                {
                    while (n > 0) co.Yield(n--);
                }
            }
            """, """
            using Coroutines;

            public static partial class Worker
            {
                [Coroutine]
                public static partial void Count(Co<int> co, int n)
                {
                    while (n > 0) co.Yield(n--);
                }
            }
            """);

        [Fact]
        public Task Type_becomes_partial_with_its_coroutines() => WorkspaceFixTest.VerifyAsync<MakePartialCodeFix>("""
            using Coroutines;

            namespace Shop
            {
                internal sealed class {|CORO0002:Till|}
                {
                    [Coroutine]
                    internal partial void Ring(Co<string> co) => co.Yield("ring");
                }
            }
            """, """
            using Coroutines;

            namespace Shop
            {
                internal sealed partial class Till
                {
                    [Coroutine]
                    internal partial void Ring(Co<string> co) => co.Yield("ring");
                }
            }
            """);
    }
}
