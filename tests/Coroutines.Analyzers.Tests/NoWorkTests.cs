using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coroutines.Analyzers.Tests.Harness;
using Coroutines.Generator.Diagnostics.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Xunit;

namespace Coroutines.Analyzers.Tests
{
    [CollectionDefinition(nameof(Counters), DisableParallelization = true)]
    public sealed class Counters
    {
    }

    /// <summary>
    /// Code without coroutines pays nothing: without the runtime the analyzers register no action beyond their
    /// compilation start; with it, methods that neither send nor are coroutines get no action, and no graph is built.
    /// </summary>
    [Collection(nameof(Counters))]
    public class NoWorkTests
    {
        private const string Ordinary = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Ordinary
            {
                public static int Sum(IEnumerable<int> values)
                {
                    int total = 0;
                    try
                    {
                        foreach (int v in values) total += v;
                    }
                    catch (Exception e)
                    {
                        Console.WriteLine(e);
                    }
                    return total;
                }

                public static IEnumerable<int> Evens(int n)
                {
                    for (int i = 0; i < n; i++)
                        if (i % 2 == 0) yield return i;
                }
            }
            """;

        private static readonly DiagnosticAnalyzer[] Analyzers = { new UnprimedSendAnalyzer(), new SendToUnitAnalyzer(), new CoroutineBodyAnalyzer() };

        [Fact]
        public async Task Without_the_runtime_only_the_compilation_start_action_is_registered()
        {
            var telemetry = await Telemetry(withRuntime: false);
            foreach (var analyzer in Analyzers)
            {
                var info = telemetry[analyzer];
                Assert.Equal(1, info.CompilationStartActionsCount);
                Assert.Equal(0, info.OperationBlockStartActionsCount);
                Assert.Equal(0, info.OperationBlockEndActionsCount);
                Assert.Equal(0, info.OperationActionsCount);
                Assert.Equal(0, info.SyntaxNodeActionsCount);
                Assert.Equal(0, info.SymbolActionsCount);
                Assert.Equal(0, info.CompilationEndActionsCount);
            }
        }

        [Fact]
        public async Task With_the_runtime_ordinary_methods_get_no_operation_action_and_no_graph()
        {
            var (sends, bodies, graphs) = (AnalysisCounters.SendBlocks, AnalysisCounters.CoroutineBodies, AnalysisCounters.Graphs);
            await Telemetry(withRuntime: true);
            Assert.Equal((sends, bodies, graphs), (AnalysisCounters.SendBlocks, AnalysisCounters.CoroutineBodies, AnalysisCounters.Graphs));
        }

        [Fact]
        public async Task A_method_that_sends_is_watched_but_gets_a_graph_only_if_it_also_creates_a_coroutine()
        {
            var (sends, bodies, graphs) = (AnalysisCounters.SendBlocks, AnalysisCounters.CoroutineBodies, AnalysisCounters.Graphs);
            await Analyze(Compilation(withRuntime: true, Ordinary, """
                public static class Sender
                {
                    public static void Run(Coroutines.IGenerator<int, int> g) => g.Send(1);
                }
                """));
            Assert.Equal(sends + 2, AnalysisCounters.SendBlocks);      // one for each of the two send analyzers
            Assert.Equal((bodies, graphs), (AnalysisCounters.CoroutineBodies, AnalysisCounters.Graphs));
        }

        private static Task<ImmutableDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>> Telemetry(bool withRuntime) =>
            Analyze(Compilation(withRuntime, Ordinary));

        private static async Task<ImmutableDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>> Analyze(Compilation compilation)
        {
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
                concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            var withAnalyzers = compilation.WithAnalyzers(Analyzers.ToImmutableArray(), options);
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            Assert.Empty(diagnostics);
            var telemetry = ImmutableDictionary.CreateBuilder<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();
            foreach (var analyzer in Analyzers) telemetry.Add(analyzer, await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None));
            return telemetry.ToImmutable();
        }

        private static CSharpCompilation Compilation(bool withRuntime, params string[] sources)
        {
            var compilation = CSharpCompilation.Create("NoWork",
                sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
                withRuntime ? TestReferences.All : TestReferences.WithoutRuntime,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return compilation;
        }
    }
}
