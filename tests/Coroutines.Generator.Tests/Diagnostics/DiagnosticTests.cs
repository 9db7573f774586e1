using System;
using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Diagnostics;
using Coroutines.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Coroutines.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports, on bad input marked <c>{|CORO00nn:…|}</c>: the exact id and span, and no
    /// source for the method (named <c>Bad</c>) while its good neighbour (<c>Good</c>) is still generated.
    /// </summary>
    public class DiagnosticTests
    {
        /// <summary>
        /// The generator's ids (CORO00nn) the tests below make fire; <see cref="Every_generator_descriptor_has_a_test"/> keeps
        /// it complete. The analyzers' warnings (CORO1nnn) share the catalogue and are tested with the analyzers.
        /// </summary>
        private static readonly string[] Tested =
        {
            "CORO0001", "CORO0002", "CORO0003", "CORO0004", "CORO0005", "CORO0006", "CORO0007",
            "CORO0008", "CORO0009", "CORO0010", "CORO0011", "CORO0012", "CORO0013", "CORO0014",
        };

        private static IEnumerable<DiagnosticDescriptor> GeneratorDescriptors =>
            Descriptors.Every.Where(d => d.Id.StartsWith("CORO00", StringComparison.Ordinal));

        [Fact]
        public void Every_generator_descriptor_has_a_test()
        {
            Assert.Equal(GeneratorDescriptors.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal), Tested);
        }

        [Fact]
        public void Every_generator_descriptor_is_an_error_with_a_help_link()
        {
            Assert.All(GeneratorDescriptors, d =>
            {
                Assert.Equal(DiagnosticSeverity.Error, d.DefaultSeverity);
                Assert.True(d.IsEnabledByDefault);
                Assert.EndsWith(d.Id + ".md", d.HelpLinkUri);
            });
        }

        // ---- CORO0001: not partial ----------------------------------------------------------------

        [Fact]
        public void CORO0001_method_without_partial()
        {
            Verify("""
                [Coroutine]
                public static void {|CORO0001:Bad|}(Co<int> co) { co.Yield(1); }
                """);
        }

        [Fact]
        public void CORO0001_partial_method_without_a_body()
        {
            Verify("""
                [Coroutine]
                static partial void {|CORO0001:Bad|}(Co<int> co);
                """);
        }

        // ---- CORO0002: type not partial -----------------------------------------------------------

        [Fact]
        public void CORO0002_containing_type_not_partial()
        {
            VerifySource("""
                using Coroutines;

                public static class {|CORO0002:Sample|}
                {
                    [Coroutine]
                    public static partial void Bad(Co<int> co) { co.Yield(1); }
                }
                """);
        }

        [Fact]
        public void CORO0002_outer_type_not_partial()
        {
            VerifySource("""
                using Coroutines;

                public class {|CORO0002:Outer|}
                {
                    public partial class Inner
                    {
                        [Coroutine]
                        public static partial void Bad(Co<int> co) { co.Yield(1); }
                    }
                }
                """);
        }

        // ---- CORO0003: context parameter ----------------------------------------------------------

        [Fact]
        public void CORO0003_first_parameter_is_not_a_context()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad({|CORO0003:int n|}) { }
                """);
        }

        [Fact]
        public void CORO0003_no_parameters()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad{|CORO0003:()|} { }
                """);
        }

        [Fact]
        public void CORO0003_context_not_first()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad({|CORO0003:int n|}, Co<int> {|CORO0003:co|}) { co.Yield(n); }
                """);
        }

        [Fact]
        public void CORO0003_context_by_reference()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad({|CORO0003:ref Co<int> co|}) { co.Yield(1); }
                """);
        }

        // ---- CORO0004: ref, out, in parameters ----------------------------------------------------

        [Fact]
        public void CORO0004_ref_out_and_in_parameters()
        {
            var run = Verify("""
                [Coroutine]
                public static partial void Bad(Co<int> co, ref int {|CORO0004:a|}, out int {|CORO0004:b|}, in int {|CORO0004:c|})
                {
                    b = 0;
                    co.Yield(a + c);
                }
                """);

            Assert.Equal(
                new[] { "Parameter 'a' of coroutine 'Bad' is 'ref'", "Parameter 'b' of coroutine 'Bad' is 'out'", "Parameter 'c' of coroutine 'Bad' is 'in'" },
                run.GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage().Split(';')[0]));
        }

        [Fact]
        public void CORO0004_ref_readonly_parameter_is_named_as_written()
        {
            var run = Verify("""
                [Coroutine]
                public static partial void Bad(Co<int> co, ref readonly int {|CORO0004:a|}) { co.Yield(a); }
                """);

            Assert.StartsWith("Parameter 'a' of coroutine 'Bad' is 'ref readonly';", run.GeneratorDiagnostics.Single().GetMessage());
        }

        // ---- CORO0005: async and await ------------------------------------------------------------

        [Fact]
        public void CORO0005_async_modifier()
        {
            Verify("""
                [Coroutine]
                public static async partial void {|CORO0005:Bad|}(Co<int> co) { co.Yield(1); }
                """);
        }

        [Fact]
        public void CORO0005_await_in_the_body()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    {|CORO0005:await Task.Delay(1)|};
                    co.Yield(1);
                }
                """);
        }

        [Fact]
        public void CORO0005_await_foreach_in_the_body()
        {
            Verify("""
                static async IAsyncEnumerable<int> Numbers() { await Task.Yield(); yield return 1; }

                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    {|CORO0005:await|} foreach (var n in Numbers())
                        co.Yield(n);
                }
                """);
        }

        // ---- CORO0006: context used as a value ----------------------------------------------------

        [Fact]
        public void CORO0006_context_stored_passed_or_converted()
        {
            Verify("""
                static void Keep(object o) { }

                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    var copy = {|CORO0006:co|};
                    Keep({|CORO0006:co|});
                    var text = {|CORO0006:co|}.ToString();
                    co.Yield(1);
                }
                """);
        }

        [Fact]
        public void CORO0006_context_method_group()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    Action<int> yield = {|CORO0006:co|}.Yield;
                    yield(1);
                }
                """);
        }

        // ---- CORO0007: yield inside a lambda or local function ------------------------------------

        [Fact]
        public void CORO0007_yield_in_a_lambda_and_a_local_function()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    Action lambda = () => {|CORO0007:co.Yield(1)|};
                    void Local() { {|CORO0007:co.Yield(2)|}; }
                    lambda();
                    Local();
                }
                """);
        }

        // ---- CORO0008: a resume point the spiller cannot take apart -------------------------------

        [Fact]
        public void CORO0008_yield_as_the_receiver_of_a_conditional_access()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<string, string?> co)
                {
                    int? length = {|CORO0008:co.Yield("name?")?.Length|};
                    co.Yield($"{length}");
                }
                """);
        }

        [Fact]
        public void CORO0008_yield_in_a_switch_expression_arm_with_a_pattern_variable()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int, int> co, object o)
                {
                    int r = o switch { {|CORO0008:int n => co.Yield(n)|}, _ => 0 };
                    co.Yield(r);
                }
                """);
        }

        // ---- CORO0009: lock -----------------------------------------------------------------------

        [Fact]
        public void CORO0009_yield_inside_lock()
        {
            Verify("""
                static readonly object Gate = new();

                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    {|CORO0009:lock|} (Gate)
                    {
                        co.Yield(1);
                    }
                }
                """);
        }

        // ---- CORO0010: when clauses ---------------------------------------------------------------

        [Fact]
        public void CORO0010_yield_in_an_exception_filter()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int, int> co)
                {
                    try
                    {
                        co.Yield(1);
                    }
                    catch (Exception) {|CORO0010:when (co.Yield(2) > 0)|}
                    {
                    }
                }
                """);
        }

        [Fact]
        public void CORO0010_yield_in_a_case_guard()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int, int> co, object o)
                {
                    switch (o)
                    {
                        case int n {|CORO0010:when co.Yield(n) > 0|}:
                            co.Yield(n);
                            break;
                    }
                }
                """);
        }

        // ---- CORO0011: unsafe and fixed -----------------------------------------------------------

        [Fact]
        public void CORO0011_yield_inside_an_unsafe_block()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    {|CORO0011:unsafe|}
                    {
                        co.Yield(1);
                    }
                }
                """);
        }

        [Fact]
        public void CORO0011_yield_inside_a_fixed_statement()
        {
            Verify("""
                static int[] numbers = { 1, 2 };

                [Coroutine]
                public static unsafe partial void Bad(Co<int> co)
                {
                    {|CORO0011:fixed|} (int* p = numbers)
                    {
                        co.Yield(*p);
                    }
                }
                """);
        }

        // ---- CORO0012: locals that cannot be fields -----------------------------------------------

        [Fact]
        public void CORO0012_span_local_alive_across_a_yield()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    Span<int> {|CORO0012:s = stackalloc int[3]|};
                    co.Yield(1);
                    s[0] = 2;
                    co.Yield(s[0]);
                }
                """);
        }

        [Fact]
        public void CORO0012_span_local_used_in_a_loop_that_pauses()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    Span<int> {|CORO0012:s = stackalloc int[3]|};
                    for (int i = 0; i < 3; i++)
                    {
                        s[i] = i;
                        co.Yield(i);
                    }
                }
                """);
        }

        [Fact]
        public void CORO0012_ref_local_alive_across_a_yield()
        {
            Verify("""
                static int[] numbers = { 1, 2 };

                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    ref int {|CORO0012:first = ref numbers[0]|};
                    co.Yield(1);
                    first = 5;
                }
                """);
        }

        [Fact]
        public void CORO0012_anonymous_type_local_alive_across_a_yield()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    var {|CORO0012:point = new { X = 1, Y = 2 }|};
                    co.Yield(1);
                    co.Yield(point.X + point.Y);
                }
                """);
        }

        // ---- CORO0013: C# iterator statements -----------------------------------------------------

        [Fact]
        public void CORO0013_yield_return_and_yield_break()
        {
            Verify("""
                [Coroutine]
                public static partial void Bad(Co<int> co)
                {
                    co.Yield(0);
                    {|CORO0013:yield return 1;|}
                    {|CORO0013:yield break;|}
                }
                """);
        }

        // ---- CORO0014: base access ----------------------------------------------------------------

        [Fact]
        public void CORO0014_base_member_access_in_an_instance_coroutine()
        {
            VerifySource("""
                using Coroutines;

                public class Animal
                {
                    public virtual string Sound() => "...";
                }

                public partial class Dog : Animal
                {
                    public override string Sound() => "woof";

                    [Coroutine]
                    public partial void Bad(Co<string> co)
                    {
                        co.Yield(Sound());
                        co.Yield({|CORO0014:base.Sound|}());
                    }
                }
                """);
        }

        // ---- the other side: what must not be diagnosed -------------------------------------------

        // C#: a Span<int> local used only before any pause stays a real local of Step.
        [Fact]
        public void Span_local_not_alive_across_a_yield_compiles_and_works()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    Span<int> s = stackalloc int[3];
                    s[0] = 1; s[1] = 2; s[2] = 3;
                    int sum = 0;
                    foreach (var x in s) sum += x;
                    co.Yield(sum);
                    co.Yield(sum * 2);
                }
                """);

            Assert.Equal(new[] { "6", "12" }, Trace.Drain(compiled.Make<Generator<int>>("Sample.Gen")));
        }

        // C#: a Span<int> local in a block after the last pause that can reach it.
        [Fact]
        public void Span_local_declared_after_the_last_yield_compiles_and_works()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial int Gen(Co<int> co)
                {
                    co.Yield(1);
                    ReadOnlySpan<char> word = "hello".AsSpan(1, 3);
                    return word.Length;
                }
                """);
            var gen = compiled.Make<Generator<int, Unit, int>>("Sample.Gen");
            Trace.Drain(gen);

            Assert.Equal(3, gen.Result);
        }

        // C#: a ref local used only before any pause does not need to live in the frame.
        [Fact]
        public void Ref_local_not_alive_across_a_yield_compiles_and_works()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co, int[] numbers)
                {
                    ref int first = ref numbers[0];
                    first = 10;
                    co.Yield(numbers[0]);
                }
                """);

            Assert.Equal(new[] { "10" }, Trace.Drain(compiled.Make<Generator<int>>("Sample.Gen", new[] { 1, 2 })));
        }

        public static TheoryData<string> BrokenBodies => new()
        {
            "co.Yield(",
            "co.Yield(undefined);",
            "co.Yield(1) co.Yield(2);",
            "Missing m = co.Yield(1);",
            "int x = co.Yield(\"not an int\"); co.Yield(x);",
            "goto nowhere; co.Yield(1);",
            "while (co.Yield(1)) { break; continue; }",
            "switch (1) { case co.Yield(1): break; }",
            "co.YieldFrom(null); co.YieldFrom(42);",
            "return co.Yield(1);",
            "var f = () => { co.Yield(1); }; co.Yield(2);",
        };

        // The generator never throws, whatever state the user's code is in.
        [Theory]
        [MemberData(nameof(BrokenBodies))]
        public void Generator_does_not_throw_on_broken_code(string body)
        {
            var run = GeneratorRun.Of($$"""
                using Coroutines;

                public static partial class Sample
                {
                    [Coroutine]
                    public static partial void Gen(Co<int, int> co)
                    {
                        {{body}}
                    }
                }
                """);

            Assert.All(run.GeneratedSources, s => Assert.DoesNotContain("__error", s.SourceText.ToString()));
        }

        [Fact]
        public void Generator_does_not_throw_on_a_missing_context_type_or_attribute_argument()
        {
            GeneratorRun.Of("""
                using Coroutines;

                public static partial class Sample
                {
                    [Coroutine(Primed = )]
                    public static partial void A(Co<Missing> co) { co.Yield(null); }

                    [Coroutine]
                    public static partial void B(Co<int> co, __arglist) { co.Yield(1); }

                    [Coroutine]
                    public static partial void C<T>(Co<T> co) where T : Missing { co.Yield(default!); }

                    [Coroutine]
                    public static partial void
                }
                """);
        }

        // ---- helpers ------------------------------------------------------------------------------

        /// <summary>Wraps <paramref name="members"/> in <c>partial class Sample</c> beside a good coroutine and verifies the marks.</summary>
        private static GeneratorRun Verify(string members)
        {
            var run = VerifySource($$"""
                using System;
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using Coroutines;

                public partial class Sample
                {
                    [Coroutine]
                    public static partial void Good(Co<int> co) { co.Yield(1); }

                {{members}}
                }
                """);
            Assert.Contains(run.GeneratedSources, s => s.HintName == "Sample.GoodFrame.g.cs");
            return run;
        }

        /// <summary>
        /// Runs the generator on the marked source: exactly the marked diagnostics, on Source0.cs, and no frame or factory
        /// for Bad (at most the hidden declaration of its body, so the user sees no CS0759 beside the real error).
        /// </summary>
        private static GeneratorRun VerifySource(string marked)
        {
            var (source, expected) = Markup.Parse(marked);
            var run = GeneratorRun.Of(source);

            var actual = run.GeneratorDiagnostics
                .Select(d => Describe(source, d.Id, d.Location.SourceSpan, d.Location.GetLineSpan().Path))
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
            var wanted = expected
                .Select(e => Describe(source, e.Id, e.Span, "Source0.cs"))
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
            Assert.Equal(wanted, actual);
            Assert.All(run.GeneratorDiagnostics, d =>
            {
                Assert.Equal(DiagnosticSeverity.Error, d.Severity);
                Assert.DoesNotContain("{0}", d.GetMessage());
            });
            Assert.All(run.GeneratedSources.Where(s => s.HintName.Contains("BadFrame", StringComparison.Ordinal)), s =>
            {
                Assert.DoesNotContain("class BadFrame", s.SourceText.ToString());
                Assert.DoesNotContain("Generator<", s.SourceText.ToString());
            });
            // A method whose declaration itself is wrong gets no declaration; one whose body is wrong keeps it.
            if (!expected.Any(e => e.Id is "CORO0001" or "CORO0002" or "CORO0003" or "CORO0004" or "CORO0005"))
                Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id == "CS0759");
            return run;
        }

        private static string Describe(string source, string id, TextSpan span, string path) =>
            $"{path}: {id} at {span} '{(span.End <= source.Length ? source.Substring(span.Start, span.Length) : "?")}'";
    }
}
