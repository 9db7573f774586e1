using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Coroutines.Generator.Tests.Harness
{
    /// <summary>
    /// Runs the generator in-process over a source text, compiles the result, and loads it. When the output does not
    /// compile, the failure prints every generated file with line numbers.
    /// </summary>
    public sealed class Compiled
    {
        private static readonly ImmutableArray<MetadataReference> References = BuildReferences();

        private Compiled(Assembly assembly, GeneratorRun run)
        {
            Assembly = assembly;
            Run = run;
        }

        public Assembly Assembly { get; }

        public GeneratorRun Run { get; }

        /// <summary>Generates, compiles (warnings as errors) and loads <paramref name="sources"/> as one assembly.</summary>
        public static Compiled From(params string[] sources)
        {
            var run = GeneratorRun.Of(sources);
            if (run.GeneratorDiagnostics.Length > 0)
                throw new InvalidOperationException("The generator reported diagnostics:\n" + string.Join("\n", run.GeneratorDiagnostics) + "\n" + run.NumberedSources());
            using var stream = new MemoryStream();
            var emitted = run.Output.Emit(stream);
            var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            if (!emitted.Success || problems.Count > 0)
                throw new InvalidOperationException("The generated code does not compile cleanly:\n" + string.Join("\n", problems) + "\n" + run.NumberedSources());
            return new Compiled(Assembly.Load(stream.ToArray()), run);
        }

        /// <summary>
        /// Like <see cref="From"/>, but emits a portable PDB and loads it with the assembly, so stack traces carry file
        /// names and lines (the <c>#line</c> mapping of generated code: the first source is "Source0.cs").
        /// </summary>
        public static Compiled FromWithDebugInformation(string source)
        {
            var run = GeneratorRun.Of(source);
            if (run.GeneratorDiagnostics.Length > 0)
                throw new InvalidOperationException("The generator reported diagnostics:\n" + string.Join("\n", run.GeneratorDiagnostics) + "\n" + run.NumberedSources());
            using var peStream = new MemoryStream();
            using var pdbStream = new MemoryStream();
            var emitted = run.Output.Emit(peStream, pdbStream,
                options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb));
            var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            if (!emitted.Success || problems.Count > 0)
                throw new InvalidOperationException("The generated code does not compile cleanly:\n" + string.Join("\n", problems) + "\n" + run.NumberedSources());
            return new Compiled(Assembly.Load(peStream.ToArray(), pdbStream.ToArray()), run);
        }

        /// <summary>Calls a public static method, e.g. <c>Call("Sample.Countdown", 3)</c>.</summary>
        public object? Call(string typeDotMethod, params object?[] arguments)
        {
            int dot = typeDotMethod.LastIndexOf('.');
            var type = Assembly.GetType(typeDotMethod.Substring(0, dot), throwOnError: true)!;
            var method = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == typeDotMethod.Substring(dot + 1) && m.GetParameters().Length == arguments.Length && !m.IsDefined(typeof(ObsoleteAttribute)));
            try
            {
                return method.Invoke(null, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }

        /// <summary>Calls a factory and returns the generator it made.</summary>
        public T Make<T>(string typeDotMethod, params object?[] arguments) => (T)Call(typeDotMethod, arguments)!;

        internal static CSharpCompilation CreateCompilation(params string[] sources) =>
            CSharpCompilation.Create(
                "Generated" + Guid.NewGuid().ToString("N"),
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorRun.ParseOptions, path: $"Source{i}.cs", encoding: Encoding.UTF8)),
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        private static ImmutableArray<MetadataReference> BuildReferences()
        {
            var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            return trusted
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
                .Append(typeof(Coroutines.CoroutineAttribute).Assembly.Location)
                .Distinct()
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToImmutableArray();
        }
    }

    /// <summary>One run of the generator over a compilation: what it produced and reported.</summary>
    public sealed class GeneratorRun
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        private GeneratorRun(Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics, GeneratorDriverRunResult result)
        {
            Output = output;
            GeneratorDiagnostics = generatorDiagnostics;
            Result = result;
        }

        public Compilation Output { get; }

        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        public GeneratorDriverRunResult Result { get; }

        public IEnumerable<GeneratedSourceResult> GeneratedSources => Result.Results.SelectMany(r => r.GeneratedSources);

        public static GeneratorRun Of(params string[] sources)
        {
            var compilation = Compiled.CreateCompilation(sources);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new CoroutineGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            var result = driver.GetRunResult();
            var thrown = result.Results.Select(r => r.Exception).FirstOrDefault(e => e != null);
            if (thrown != null) throw new InvalidOperationException("The generator threw.", thrown);
            return new GeneratorRun(output, diagnostics, result);
        }

        /// <summary>Every generated file, with line numbers, for failure messages.</summary>
        public string NumberedSources()
        {
            var text = new StringBuilder();
            foreach (var source in GeneratedSources)
            {
                text.AppendLine("==== " + source.HintName);
                var lines = source.SourceText.ToString().Split('\n');
                for (int i = 0; i < lines.Length; i++) text.Append((i + 1).ToString().PadLeft(4)).Append(": ").AppendLine(lines[i].TrimEnd('\r'));
            }
            return text.ToString();
        }
    }
}
