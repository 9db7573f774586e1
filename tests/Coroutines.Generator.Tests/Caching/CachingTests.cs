using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Coroutines.Generator.Models;
using Coroutines.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Coroutines.Generator.Tests.Caching
{
    /// <summary>
    /// The incremental pipeline: an edit that does not change a coroutine leaves its tracked steps Cached or Unchanged
    /// (so its file is not rebuilt), and the models that cross the pipeline compare by value.
    /// </summary>
    public class CachingTests
    {
        private const string CoroutineStep = CoroutineGenerator.CoroutineStep;
        private const string SourceStep = "Source";
        private const string DiagnosticsStep = "Diagnostics";

        private const string Coroutines = """
            using Coroutines;

            public static partial class Sample
            {
                [Coroutine]
                public static partial void Countdown(Co<int> co, int n)
                {
                    while (n > 0)
                    {
                        co.Yield(n);
                        n--;
                    }
                }

                [Coroutine]
                public static partial string Ticker(Co<int, bool> co, int limit)
                {
                    int ticks = 0;
                    while (ticks < limit)
                    {
                        bool stop = co.Yield(ticks);
                        if (stop) break;
                        ticks++;
                    }
                    return $"stopped at {ticks}";
                }
            }
            """;

        private const string Unrelated = """
            public static class Helpers
            {
                public static int Twice(int x) => x * 2;
            }
            """;

        [Fact]
        public void Editing_an_unrelated_file_leaves_every_step_cached()
        {
            var run = new Rerun(Coroutines, Unrelated);
            run.Edit(1, Unrelated.Replace("x * 2", "x + x"));

            run.AssertAll(CoroutineStep, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            run.AssertAll(SourceStep, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            run.AssertAll(DiagnosticsStep, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            run.AssertSameSources();
        }

        [Fact]
        public void Adding_an_unrelated_file_leaves_every_step_cached()
        {
            var run = new Rerun(Coroutines, Unrelated);
            run.Add("public static class More { public static int Three() => 3; }");

            run.AssertAll(CoroutineStep, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            run.AssertAll(SourceStep, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            run.AssertSameSources();
        }

        [Fact]
        public void Adding_trivia_outside_the_coroutines_leaves_every_step_cached()
        {
            var run = new Rerun(Coroutines, Unrelated);
            var edited = Coroutines
                .Replace("public static partial class Sample", "public static partial class Sample   // trailing comment, same line")
                + "\n// a comment at the end of the file\n\n";
            run.Edit(0, edited);

            run.AssertAll(CoroutineStep, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            run.AssertAll(SourceStep, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            run.AssertAll(DiagnosticsStep, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            run.AssertSameSources();
        }

        [Fact]
        public void Adding_a_member_after_the_coroutines_leaves_every_step_cached()
        {
            var run = new Rerun(Coroutines, Unrelated);
            run.Edit(0, Coroutines.TrimEnd().TrimEnd('}') + "    public static int Extra() => 1;\n}\n");

            run.AssertAll(CoroutineStep, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            run.AssertAll(SourceStep, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            run.AssertSameSources();
        }

        [Fact]
        public void Editing_one_coroutines_body_regenerates_only_that_coroutine()
        {
            var run = new Rerun(Coroutines, Unrelated);
            run.Edit(0, Coroutines.Replace("ticks++;", "ticks += 2;"));

            var coroutine = run.Reasons(CoroutineStep);
            Assert.Equal(2, coroutine.Count);
            Assert.Single(coroutine, r => r == IncrementalStepRunReason.Modified);
            Assert.Single(coroutine, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);

            var source = run.Reasons(SourceStep);
            Assert.Single(source, r => r == IncrementalStepRunReason.Modified);
            Assert.Single(source, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);

            var changed = run.ChangedSources();
            Assert.Equal(new[] { "Sample.TickerFrame.g.cs" }, changed);
        }

        // The #line directives carry the user's line numbers, so moving a coroutine down must regenerate it.
        [Fact]
        public void Moving_a_coroutine_to_another_line_regenerates_it()
        {
            var run = new Rerun(Coroutines, Unrelated);
            run.Edit(0, Coroutines.Replace("using Coroutines;", "using Coroutines;\n\n// a new line above everything"));

            Assert.All(run.Reasons(SourceStep), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
            Assert.Equal(new[] { "Sample.CountdownFrame.g.cs", "Sample.TickerFrame.g.cs" }, run.ChangedSources());
        }

        [Fact]
        public void Outputs_of_two_separate_compilations_of_the_same_source_are_equal()
        {
            var first = (CoroutineOutput[])Outputs(Coroutines, Unrelated);
            var second = (CoroutineOutput[])Outputs(Coroutines, "public static class Other { }");

            Assert.Equal(2, first.Length);
            Assert.Equal(first, second);
            Assert.Equal(first.Select(o => o.GetHashCode()), second.Select(o => o.GetHashCode()));
            Assert.NotSame(first[0].File!.Source, second[0].File!.Source);
        }

        [Fact]
        public void Diagnostic_outputs_of_two_separate_compilations_are_equal()
        {
            const string bad = """
                using Coroutines;

                public static partial class Sample
                {
                    [Coroutine]
                    public static partial void Bad(Co<int> co) { lock (co) { co.Yield(1); } }
                }
                """;
            var first = (CoroutineOutput[])Outputs(bad);
            var second = (CoroutineOutput[])Outputs(bad);

            Assert.True(Assert.Single(first).Diagnostics.Length > 0);
            Assert.DoesNotContain("class BadFrame", first[0].File!.Source);
            Assert.Equal(first, second);
            Assert.Equal(first[0].GetHashCode(), second[0].GetHashCode());
        }

        [Fact]
        public void EquatableArray_compares_by_items()
        {
            var a = new[] { new StringValue("x"), new StringValue("y") }.ToEquatableArray();
            var b = new List<StringValue> { new StringValue(new string('x', 1)), new StringValue("y") }.ToEquatableArray();
            var reversed = new[] { new StringValue("y"), new StringValue("x") }.ToEquatableArray();

            Assert.Equal(a, b);
            Assert.True(a.Equals((object)b));
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.NotEqual(a, reversed);
            Assert.Equal(default(EquatableArray<StringValue>), EquatableArray<StringValue>.Empty);
            Assert.Equal(default(EquatableArray<StringValue>).GetHashCode(), EquatableArray<StringValue>.Empty.GetHashCode());
            Assert.Empty(default(EquatableArray<StringValue>));
        }

        [Fact]
        public void DiagnosticInfo_GeneratedFile_and_CoroutineOutput_compare_by_value()
        {
            DiagnosticInfo Diagnostic() => new DiagnosticInfo(
                "CORO0009", "Source0.cs", new TextSpan(10, 4), new LinePositionSpan(new LinePosition(1, 2), new LinePosition(1, 6)),
                new[] { new StringValue(string.Concat("a", "b")) }.ToEquatableArray());
            CoroutineOutput Output() => new CoroutineOutput(
                new GeneratedFile("Sample.GenFrame.g.cs", string.Concat("// <auto-", "generated/>")),
                new[] { Diagnostic() }.ToEquatableArray());

            Assert.Equal(Diagnostic(), Diagnostic());
            Assert.Equal(Diagnostic().GetHashCode(), Diagnostic().GetHashCode());
            Assert.Equal(Output(), Output());
            Assert.Equal(Output().GetHashCode(), Output().GetHashCode());
            Assert.NotEqual(Output(), Output() with { File = null });
            Assert.NotEqual(Diagnostic(), Diagnostic() with { Span = new TextSpan(11, 4) });
        }

        /// <summary>Nothing from a compilation (symbols, syntax, locations, semantic models) may sit in a pipeline model.</summary>
        [Fact]
        public void Pipeline_models_hold_only_plain_data()
        {
            var models = typeof(CoroutineOutput).Assembly.GetTypes()
                .Where(t => t.Namespace == "Coroutines.Generator.Models" && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
                .ToList();
            Assert.Contains(typeof(CoroutineOutput), models);

            var problems = new List<string>();
            foreach (var model in models)
            {
                foreach (var field in model.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                {
                    if (!IsPlain(field.FieldType, models)) problems.Add($"{model.Name}.{field.Name}: {field.FieldType}");
                }
            }
            Assert.Empty(problems);
        }

        // ---- helpers ------------------------------------------------------------------------------

        private static bool IsPlain(Type type, List<Type> models)
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying) return IsPlain(underlying, models);
            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(TextSpan) || type == typeof(LinePositionSpan)) return true;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)) return IsPlain(type.GetGenericArguments()[0], models);
            if (type.IsGenericParameter) return true;
            if (type.IsGenericType) return models.Contains(type.GetGenericTypeDefinition()) && type.GetGenericArguments().All(a => IsPlain(a, models));
            return models.Contains(type);
        }

        /// <summary>The Coroutine step's output values of one run over <paramref name="sources"/>, in source order.</summary>
        private static object[] Outputs(params string[] sources)
        {
            var run = new Rerun(sources);
            return run.First.TrackedSteps[CoroutineStep]
                .SelectMany(s => s.Outputs)
                .Select(o => o.Value)
                .Cast<CoroutineOutput>()
                .ToArray();
        }

        /// <summary>Runs the generator once with step tracking, then again after an edit, keeping both results.</summary>
        private sealed class Rerun
        {
            private GeneratorDriver driver;
            private Compilation compilation;

            public Rerun(params string[] sources)
            {
                compilation = Compiled.CreateCompilation(sources);
                driver = CSharpGeneratorDriver.Create(
                    new[] { new CoroutineGenerator().AsSourceGenerator() },
                    parseOptions: GeneratorRun.ParseOptions,
                    driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
                driver = driver.RunGenerators(compilation);
                First = Single(driver.GetRunResult());
            }

            public GeneratorRunResult First { get; }

            public GeneratorRunResult Second { get; private set; }

            public void Edit(int index, string text)
            {
                var old = compilation.SyntaxTrees.ElementAt(index);
                Rerun2(compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(text, System.Text.Encoding.UTF8))));
            }

            public void Add(string text) =>
                Rerun2(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(text, GeneratorRun.ParseOptions, path: "Added.cs")));

            private void Rerun2(Compilation edited)
            {
                compilation = edited;
                driver = driver.RunGenerators(compilation);
                Second = Single(driver.GetRunResult());
            }

            public List<IncrementalStepRunReason> Reasons(string step)
            {
                Assert.True(Second.TrackedSteps.ContainsKey(step), $"No tracked step '{step}'; there are: {string.Join(", ", Second.TrackedSteps.Keys)}");
                return Second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            }

            public void AssertAll(string step, params IncrementalStepRunReason[] allowed)
            {
                var reasons = Reasons(step);
                Assert.NotEmpty(reasons);
                Assert.All(reasons, r => Assert.Contains(r, allowed));
            }

            public void AssertSameSources() => Assert.Empty(ChangedSources());

            /// <summary>Hint names of the generated files whose text differs between the two runs.</summary>
            public List<string> ChangedSources()
            {
                var before = First.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
                var after = Second.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
                Assert.Equal(before.Keys.OrderBy(k => k), after.Keys.OrderBy(k => k));
                return after.Where(a => before[a.Key] != a.Value).Select(a => a.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
            }

            private static GeneratorRunResult Single(GeneratorDriverRunResult result)
            {
                var run = Assert.Single(result.Results);
                Assert.Null(run.Exception);
                return run;
            }
        }
    }
}
