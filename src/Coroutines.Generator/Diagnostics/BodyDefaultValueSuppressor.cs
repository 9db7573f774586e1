using System.Collections.Immutable;
using System.Linq;
using Coroutines.Generator.Find;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Coroutines.Generator.Diagnostics
{
    /// <summary>
    /// Users write a coroutine's default parameter values on its body, where they belong; C# warns (CS1066) that defaults
    /// on a partial method's implementation have no effect. Here they do: the generated factory carries them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BodyDefaultValueSuppressor : DiagnosticSuppressor
    {
        private static readonly SuppressionDescriptor DefaultsOnTheBody = new SuppressionDescriptor(
            "CORO9001", "CS1066", "The generated factory of a [Coroutine] method carries the default values written on its body.");

        /// <inheritdoc/>
        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => ImmutableArray.Create(DefaultsOnTheBody);

        /// <inheritdoc/>
        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            foreach (var diagnostic in context.ReportedDiagnostics)
            {
                var tree = diagnostic.Location.SourceTree;
                if (tree == null) continue;
                var method = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>();
                if (method == null || method.AttributeLists.Count == 0) continue;
                if (context.GetSemanticModel(tree).GetDeclaredSymbol(method, context.CancellationToken) is IMethodSymbol symbol
                    && (FactoryStubs.IsCoroutine(symbol) || (symbol.PartialDefinitionPart != null && FactoryStubs.IsCoroutine(symbol.PartialDefinitionPart))))
                    context.ReportSuppression(Suppression.Create(DefaultsOnTheBody, diagnostic));
            }
        }
    }
}
