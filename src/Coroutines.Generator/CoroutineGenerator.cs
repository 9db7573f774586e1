using Coroutines.Generator.Models;
using Microsoft.CodeAnalysis;

namespace Coroutines.Generator
{
    /// <summary>
    /// Compiles every [Coroutine] method into a frame class: find → check → lower → emit, one method at a time.
    /// Only equatable models cross the pipeline, so an edit elsewhere leaves the outputs cached.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CoroutineGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking name of the step that turns a method into its output.</summary>
        public const string CoroutineStep = "Coroutine";

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var coroutines = context.SyntaxProvider.ForAttributeWithMetadataName(
                    "Coroutines.CoroutineAttribute",
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                    static (syntaxContext, cancellationToken) => CoroutineCompiler.Compile(syntaxContext, cancellationToken))
                .WithTrackingName(CoroutineStep);

            context.RegisterSourceOutput(coroutines.Select(static (output, _) => output.File).WithTrackingName("Source"), static (production, file) =>
            {
                if (file != null) production.AddSource(file.HintName, file.Source);
            });
            context.RegisterSourceOutput(coroutines.Select(static (output, _) => output.Diagnostics).WithTrackingName("Diagnostics"), static (production, diagnostics) =>
            {
                foreach (var diagnostic in diagnostics) production.ReportDiagnostic(diagnostic.ToDiagnostic());
            });
        }
    }
}
