using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coroutines.Generator.Check;
using Coroutines.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Coroutines.CodeFixes
{
    /// <summary>
    /// CORO0003: gives the coroutine its context parameter first. A context parameter further down the list moves to the
    /// front; one passed by reference loses its modifier; a missing one is inserted as <c>Co&lt;object&gt; co</c>, or
    /// with the types the body implies when that is simple: the name of the undeclared receiver of <c>Yield</c> calls,
    /// <c>Co</c> when it sleeps or yields nothing, <c>Co&lt;T&gt;</c> when every <c>Yield(x)</c> passes a <c>T</c>, and
    /// <c>Co&lt;T, S&gt;</c> when a yield's result initializes a local declared as <c>S</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ContextParameterCodeFix)), Shared]
    public sealed class ContextParameterCodeFix : CodeFixProvider
    {
        private const string Key = "Coroutines.ContextParameter";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.MissingContext.Id);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method) continue;
                var parameters = method.ParameterList.Parameters;
                int contextIndex = parameters.IndexOf(p => p.Type != null && model.GetTypeInfo(p.Type, context.CancellationToken).Type is { } type && ShapeChecker.ContextType(type) != null);
                if (contextIndex > 0)
                {
                    var moved = parameters[contextIndex];
                    context.RegisterCodeFix(CodeAction.Create(
                        $"Move '{moved.Identifier.ValueText}' to the front",
                        ct => Task.FromResult(Replace(context.Document, root, method, Reordered(parameters, contextIndex))),
                        Key), diagnostic);
                }
                else if (contextIndex == 0)
                {
                    if (parameters[0].Modifiers.Count == 0) continue;
                    context.RegisterCodeFix(CodeAction.Create(
                        $"Pass '{parameters[0].Identifier.ValueText}' by value",
                        ct => Task.FromResult(Replace(context.Document, root, method, parameters.Replace(parameters[0], ByValue(parameters[0])))),
                        Key), diagnostic);
                }
                else
                {
                    var (name, type, shown) = Infer(method, model, SyntaxGenerator.GetGenerator(context.Document), context.CancellationToken);
                    var parameter = Parameter(Identifier(name)).WithType(type.WithTrailingTrivia(Space));
                    var list = SeparatedList(new[] { parameter }.Concat(parameters.Select(p => p.WithLeadingTrivia())), Names.Commas(parameters.Count));
                    context.RegisterCodeFix(CodeAction.Create(
                        $"Add the context parameter '{shown} {name}'",
                        ct => Task.FromResult(Replace(context.Document, root, method, list)),
                        Key), diagnostic);
                }
            }
        }

        private static Document Replace(Document document, SyntaxNode root, MethodDeclarationSyntax method, SeparatedSyntaxList<ParameterSyntax> parameters) =>
            document.WithSyntaxRoot(root.ReplaceNode(method.ParameterList, method.ParameterList.WithParameters(parameters)));

        private static SeparatedSyntaxList<ParameterSyntax> Reordered(SeparatedSyntaxList<ParameterSyntax> parameters, int index)
        {
            var order = new List<ParameterSyntax> { ByValue(parameters[index]) };
            order.AddRange(parameters.Where((_, i) => i != index));
            return SeparatedList(order.Select(p => p.WithoutLeadingTrivia().WithoutTrailingTrivia()), Names.Commas(order.Count - 1));
        }

        private static ParameterSyntax ByValue(ParameterSyntax parameter) =>
            parameter.Modifiers.Count == 0 ? parameter : parameter.WithModifiers(default).WithLeadingTrivia(parameter.GetLeadingTrivia());

        /// <summary>The context parameter the body implies: its name, its type as inserted, and its type as shown in the title.</summary>
        private static (string Name, TypeSyntax Type, string Shown) Infer(MethodDeclarationSyntax method, SemanticModel model, SyntaxGenerator generator, CancellationToken cancellationToken)
        {
            SyntaxNode? body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
            List<(string Receiver, string Member, InvocationExpressionSyntax Call)> calls = body == null
                ? new List<(string, string, InvocationExpressionSyntax)>()
                : body.DescendantNodes().OfType<InvocationExpressionSyntax>()
                    .Where(i => i.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name.Identifier.ValueText: "Yield" or "YieldFrom" or "Sleep" }
                        && model.GetSymbolInfo(receiver, cancellationToken) is { Symbol: null, CandidateSymbols.IsEmpty: true })
                    .Select(i => (((IdentifierNameSyntax)((MemberAccessExpressionSyntax)i.Expression).Expression).Identifier.ValueText,
                                  ((MemberAccessExpressionSyntax)i.Expression).Name.Identifier.ValueText, i))
                    .ToList();
            string name = calls.GroupBy(c => c.Receiver).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key ?? "co";
            calls = calls.Where(c => c.Receiver == name).ToList();

            var objectType = PredefinedType(Token(SyntaxKind.ObjectKeyword));
            if (calls.Any(c => c.Member == "Sleep" || (c.Member == "Yield" && c.Call.ArgumentList.Arguments.Count == 0)))
                return (name, Names.Qualified("Coroutines", "Co"), "Co");

            var yields = calls.Where(c => c.Member == "Yield" && c.Call.ArgumentList.Arguments.Count == 1).ToList();
            var yielded = yields.Select(c => model.GetTypeInfo(c.Call.ArgumentList.Arguments[0].Expression, cancellationToken).Type).ToList();
            if (yielded.Count == 0 || yielded.Any(t => t == null || t.TypeKind == TypeKind.Error)
                || yielded.Distinct<ITypeSymbol?>(SymbolEqualityComparer.Default).Count() != 1)
                return (name, Names.Qualified("Coroutines", "Co", objectType), "Co<object>");
            var yieldType = yielded[0]!;

            var sent = yields.Select(c => c.Call.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: { IsVar: false } declared } } }
                    ? model.GetTypeInfo(declared, cancellationToken).Type
                    : null)
                .Where(t => t != null && t.TypeKind != TypeKind.Error)
                .Distinct<ITypeSymbol?>(SymbolEqualityComparer.Default)
                .ToList();

            var yieldSyntax = (TypeSyntax)generator.TypeExpression(yieldType);
            string yieldShown = yieldType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            if (sent.Count == 1)
            {
                var sendType = sent[0]!;
                return (name, Names.Qualified("Coroutines", "Co", yieldSyntax, (TypeSyntax)generator.TypeExpression(sendType)),
                    $"Co<{yieldShown}, {sendType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}>");
            }
            return (name, Names.Qualified("Coroutines", "Co", yieldSyntax), $"Co<{yieldShown}>");
        }
    }
}
