using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Coroutines.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Coroutines.Analyzers.Tests.Harness
{
    /// <summary>
    /// Code fixes that need what the IDE gives them and the testing library does not: the generator's own diagnostics
    /// (CORO0001–CORO0014; Roslyn hands those to code fixes since Visual Studio 17.7, the testing library fixes only
    /// what analyzers and the compiler report) and a project whose compilation holds the generated code (to find the
    /// uses of a generated factory). The project here has the generator as an analyzer reference, as in a real
    /// workspace. The marked spans must be exactly the fixable diagnostics; each is fixed in turn, with everything
    /// recomputed in between; the result must equal the expected text and compile without errors or fixable diagnostics.
    /// </summary>
    public static class WorkspaceFixTest
    {
        private static readonly Regex Markup = new Regex(@"\{\|(?<id>[A-Z]+[0-9]+):(?<text>[^|]*)\|\}");

        /// <summary>The marked diagnostics are reported and <typeparamref name="TCodeFix"/> offers nothing for them.</summary>
        public static async Task NoFixAsync<TCodeFix>(string markedSource, params DiagnosticAnalyzer[] analyzers)
            where TCodeFix : CodeFixProvider, new()
        {
            var fix = new TCodeFix();
            var (solution, documentId) = await CreateAsync(markedSource, fix, analyzers);
            var document = solution.GetDocument(documentId)!;
            foreach (var diagnostic in await FixableAsync(document, fix, analyzers))
            {
                var actions = new List<CodeAction>();
                await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
                Assert.Empty(actions);
            }
        }

        public static async Task VerifyAsync<TCodeFix>(string markedSource, string expected, string? equivalenceKey = null, params DiagnosticAnalyzer[] analyzers)
            where TCodeFix : CodeFixProvider, new()
        {
            var fix = new TCodeFix();
            var (solution, documentId) = await CreateAsync(markedSource, fix, analyzers);
            var projectId = documentId.ProjectId;

            for (int iteration = 0; iteration < 20; iteration++)
            {
                var document = solution.GetDocument(documentId)!;
                CodeAction? action = null;
                foreach (var diagnostic in await FixableAsync(document, fix, analyzers))
                {
                    var actions = new List<CodeAction>();
                    await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
                    action = actions.FirstOrDefault(a => equivalenceKey == null || a.EquivalenceKey == equivalenceKey);
                    if (action != null) break;
                }
                if (action == null) break;
                var operation = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
                solution = operation.ChangedSolution;
            }

            var text = (await solution.GetDocument(documentId)!.GetTextAsync()).ToString();
            Assert.Equal(expected.ReplaceLineEndings(), text.ReplaceLineEndings());
            var compilation = (await solution.GetProject(projectId)!.GetCompilationAsync())!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Empty(await FixableAsync(solution.GetDocument(documentId)!, fix, analyzers));
        }

        /// <summary>The project with the marked source in it, after checking that the marks are exactly the fixable diagnostics.</summary>
        private static async Task<(Solution Solution, DocumentId Document)> CreateAsync(string markedSource, CodeFixProvider fix, DiagnosticAnalyzer[] analyzers)
        {
            var (source, marks) = Parse(markedSource);
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var documentId = DocumentId.CreateNewId(projectId);
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Create(), "Test", "Test", LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: TestReferences.All,
                    analyzerReferences: new[] { new GeneratorReference() }))
                .AddDocument(documentId, "Test0.cs", SourceText.From(source), filePath: "/0/Test0.cs");

            var reported = (await FixableAsync(solution.GetDocument(documentId)!, fix, analyzers)).Select(d => (d.Id, d.Location.SourceSpan)).OrderBy(d => d.SourceSpan.Start).ToList();
            Assert.Equal(marks.Where(m => fix.FixableDiagnosticIds.Contains(m.Id)).OrderBy(m => m.Span.Start).Select(m => (m.Id, m.Span)).ToList(), reported);
            return (solution, documentId);
        }

        /// <summary>The generator's and the analyzers' diagnostics in the document that <paramref name="fix"/> can fix.</summary>
        private static async Task<List<Diagnostic>> FixableAsync(Document document, CodeFixProvider fix, DiagnosticAnalyzer[] analyzers)
        {
            var compilation = (await document.Project.GetCompilationAsync())!;
            var tree = (await document.GetSyntaxTreeAsync())!;
            var found = new List<Diagnostic>();

            // The generator again, over the user's code alone, for its diagnostics (the project's compilation has its output).
            var userCode = compilation.RemoveSyntaxTrees(compilation.SyntaxTrees.Where(t => document.Project.Documents.All(d => d.FilePath != t.FilePath)));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new CoroutineGenerator().AsSourceGenerator() }, parseOptions: (CSharpParseOptions)tree.Options);
            driver.RunGeneratorsAndUpdateCompilation(userCode, out _, out var generated);
            found.AddRange(generated.Where(d => d.Location.GetLineSpan().Path == tree.FilePath)
                .Select(d => Diagnostic.Create(d.Descriptor, Location.Create(tree, d.Location.SourceSpan), d.Properties)));

            if (analyzers.Length > 0)
                found.AddRange((await compilation.WithAnalyzers(analyzers.ToImmutableArray()).GetAnalyzerDiagnosticsAsync()).Where(d => d.Location.SourceTree == tree));
            return found.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)).ToList();
        }

        private static (string Source, List<(string Id, TextSpan Span)> Marks) Parse(string marked)
        {
            var marks = new List<(string, TextSpan)>();
            var source = new System.Text.StringBuilder();
            int last = 0;
            foreach (Match match in Markup.Matches(marked))
            {
                source.Append(marked, last, match.Index - last);
                var text = match.Groups["text"].Value;
                marks.Add((match.Groups["id"].Value, new TextSpan(source.Length, text.Length)));
                source.Append(text);
                last = match.Index + match.Length;
            }
            source.Append(marked, last, marked.Length - last);
            return (source.ToString(), marks);
        }

        /// <summary>The generator as a workspace project sees it: an analyzer reference that carries a source generator.</summary>
        private sealed class GeneratorReference : AnalyzerReference
        {
            // One instance: the workspace finds a generator's reference by the generator object.
            private readonly ImmutableArray<ISourceGenerator> generators = ImmutableArray.Create(new CoroutineGenerator().AsSourceGenerator());

            public override string FullPath => typeof(CoroutineGenerator).Assembly.Location;

            public override object Id => typeof(CoroutineGenerator);

            public override string Display => "Coroutines.Generator";

            public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

            public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

            public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => GetGenerators(LanguageNames.CSharp);

            public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => generators;
        }
    }
}
