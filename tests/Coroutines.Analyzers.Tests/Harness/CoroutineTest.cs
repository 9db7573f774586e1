using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coroutines.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Coroutines.Analyzers.Tests.Harness
{
    /// <summary>
    /// An analyzer (and code fix) test that runs the Coroutines generator first, as a build does, so the analyzers see
    /// the generated factories and the generator's own diagnostics take part in the expected ones. The test compiles
    /// against the running .NET's assemblies and Coroutines.Runtime: nothing is downloaded.
    /// </summary>
    public sealed class CoroutineTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public CoroutineTest()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            FixedState.AdditionalReferences.AddRange(TestReferences.All);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(CoroutineGenerator) };

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }

    /// <summary>Shorthands: markup <c>{|CORO1001:…|}</c> marks where a diagnostic must be, and nothing else may be reported.</summary>
    public static class Verify<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        /// <summary>The analyzer reports exactly the marked diagnostics (the generator's too) and the code compiles otherwise.</summary>
        public static Task DiagnosticsAsync(string source, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        {
            var test = new CoroutineTest<TAnalyzer, EmptyCodeFixProvider> { TestCode = source };
            test.TestState.OutputKind = outputKind;
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>
        /// Like <see cref="DiagnosticsAsync"/> for code the C# compiler rejects: its errors (in the code and in what the
        /// generator made of it) are not compared, only the analyzer's diagnostics.
        /// </summary>
        public static Task DiagnosticsBesideCompilerErrorsAsync(string source)
        {
            var test = new CoroutineTest<TAnalyzer, EmptyCodeFixProvider> { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>The marked diagnostics are reported, and applying the fix to all of them gives <paramref name="fixedSource"/>.</summary>
        public static Task FixAsync<TCodeFix>(string source, string fixedSource, string? equivalenceKey = null, int? iterations = null)
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new CoroutineTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
            if (iterations is { } n) test.NumberOfIncrementalIterations = test.NumberOfFixAllIterations = n;
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>The marked diagnostics are reported and the fix provider offers nothing for them.</summary>
        public static Task NoFixAsync<TCodeFix>(string source)
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new CoroutineTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = source };
            return test.RunAsync(CancellationToken.None);
        }
    }
}
