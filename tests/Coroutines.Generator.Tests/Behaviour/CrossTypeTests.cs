using System.Linq;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    public class CrossTypeTests
    {
        [Fact]
        public void YieldFrom_a_coroutine_of_another_type_gets_its_return_value()
        {
            var compiled = Compiled.From("""
                using Coroutines;
                public static partial class Inner
                {
                    [Coroutine]
                    public static partial string Produce(Co<int> co) { co.Yield(1); return "done"; }
                }
                public static partial class Outer
                {
                    [Coroutine]
                    public static partial void Wrap(Co<int> co)
                    {
                        var result = co.YieldFrom(Inner.Produce());
                        co.Yield(result.Length);
                    }
                }
                """);
            Assert.Equal(new[] { "1", "4" }, Trace.Drain(compiled.Make<Generator<int>>("Outer.Wrap")));
        }

        [Fact]
        public void A_body_the_compiler_rejects_gets_no_frame_and_no_extra_errors()
        {
            var run = GeneratorRun.Of("""
                using Coroutines;
                public static partial class Sample
                {
                    [Coroutine]
                    public static partial void Bad(Co<int> co, int[] xs)
                    {
                        var r = co.YieldFrom(xs);
                    }
                }
                """);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.DoesNotContain(run.GeneratedSources, s => s.SourceText.ToString().Contains("class BadFrame"));
            Assert.All(run.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error),
                d => Assert.Equal("Source0.cs", d.Location.GetLineSpan().Path));
        }
    }
}
