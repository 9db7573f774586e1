using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Coroutines.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Coroutines.Benchmarks.GeneratorSpeed
{
    /// <summary>
    /// The generator over a project of 1,000 coroutines, against the whole build of that project: a fresh compilation
    /// and a fresh driver each time (a full build, nothing cached), then emitting the output with the generated files.
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorSpeedBenchmarks
    {
        private SyntaxTree[] trees = null!;

        [Params(1000)]
        public int Coroutines { get; set; }

        [GlobalSetup]
        public void Setup() => trees = SyntheticSolution.Trees(Coroutines);

        [Benchmark(Description = "generator only (fresh compilation + driver)")]
        public Compilation Generate() => Build.Generate(trees);

        [Benchmark(Baseline = true, Description = "whole build: generator + emit")]
        public long GenerateAndEmit() => Build.Emit(Build.Generate(trees));
    }

    /// <summary>The two halves of a build, shared by the benchmark and the console mode.</summary>
    public static class Build
    {
        public static Compilation Generate(SyntaxTree[] trees)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new CoroutineGenerator().AsSourceGenerator() }, parseOptions: SyntheticSolution.ParseOptions);
            driver.RunGeneratorsAndUpdateCompilation(SyntheticSolution.Compilation(trees), out var output, out var diagnostics);
            if (diagnostics.Length > 0) throw new System.InvalidOperationException("the generator reported: " + diagnostics[0]);
            return output;
        }

        /// <summary>Emits <paramref name="compilation"/> and returns the assembly's size; throws if it does not compile.</summary>
        public static long Emit(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
                throw new System.InvalidOperationException("the synthetic project does not compile: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
            return stream.Length;
        }
    }
}
