using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coroutines.Generator.Diagnostics;
using Coroutines.Generator.Diagnostics.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Coroutines.CodeFixes
{
    /// <summary>
    /// CORO1001: declares the coroutine <c>[Coroutine(Primed = true)]</c>, so its factory runs it to the first yield.
    /// Offered only when every use of the factory in the solution sends right after creating the coroutine — as the
    /// receiver of the send itself, or in the statement right after the one that stores it in a local — because then
    /// nothing observes the coroutine between its creation and its first resume, and priming it earlier changes nothing
    /// but the missing <c>Next()</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclarePrimedCodeFix)), Shared]
    public sealed class DeclarePrimedCodeFix : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UnprimedSend.Id);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var cancellationToken = context.CancellationToken;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(UnprimedSendAnalyzer.FactoryProperty, out var id) || id == null) continue;
                var compilation = await context.Document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                if (compilation == null || CoroutineSymbols.Create(compilation) is not { } symbols) continue;
                if (DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) is not IMethodSymbol factory) continue;
                if (symbols.FactoryOf(factory) is not { Primed: false } made) continue;
                if (Attribute(made.Coroutine, symbols, cancellationToken) is not { } attribute) continue;
                var document = context.Document.Project.Solution.GetDocument(attribute.SyntaxTree);
                if (document == null || !await EverySendFollowsCreationAsync(factory, context.Document.Project.Solution, cancellationToken).ConfigureAwait(false)) continue;

                context.RegisterCodeFix(CodeAction.Create(
                    $"Declare {made.Coroutine.Name} [Coroutine(Primed = true)]",
                    ct => DeclarePrimedAsync(document, attribute, ct),
                    "Coroutines.DeclarePrimed." + id), diagnostic);
            }
        }

        /// <summary>The [Coroutine] attribute as the user wrote it (not in generated code).</summary>
        private static AttributeSyntax? Attribute(IMethodSymbol coroutine, CoroutineSymbols symbols, CancellationToken cancellationToken)
        {
            var data = symbols.CoroutineAttribute(coroutine)
                ?? (coroutine.PartialImplementationPart is { } implementation ? symbols.CoroutineAttribute(implementation) : null);
            return data?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        }

        private static async Task<bool> EverySendFollowsCreationAsync(IMethodSymbol factory, Solution solution, CancellationToken cancellationToken)
        {
            int uses = 0;
            foreach (var referenced in await SymbolFinder.FindReferencesAsync(factory, solution, cancellationToken).ConfigureAwait(false))
            {
                foreach (var location in referenced.Locations)
                {
                    var root = await location.Location.SourceTree!.GetRootAsync(cancellationToken).ConfigureAwait(false);
                    var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                    if (!SendsRightAfterCreation(node)) return false;
                    uses++;
                }
            }
            return uses > 0;
        }

        /// <summary><c>F(…).Send(…)</c>, or <c>var g = F(…);</c> / <c>g = F(…);</c> with the next statement's first use of g a send.</summary>
        private static bool SendsRightAfterCreation(SyntaxNode name)
        {
            var call = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access.Parent : name.Parent;
            if (call is not InvocationExpressionSyntax creation) return false;
            if (creation.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } member && member.Expression == creation)
                return IsSend(member.Name);

            string? local;
            StatementSyntax? statement;
            switch (creation.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                    when declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration }:
                    local = declarator.Identifier.ValueText;
                    statement = declaration;
                    break;
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax target, Parent: ExpressionStatementSyntax assignment }:
                    local = target.Identifier.ValueText;
                    statement = assignment;
                    break;
                default:
                    return false;
            }

            var following = NextStatement(statement);
            var firstUse = following?.DescendantNodes().OfType<IdentifierNameSyntax>().FirstOrDefault(n => n.Identifier.ValueText == local);
            return firstUse?.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } use && use.Expression == firstUse && IsSend(use.Name);
        }

        private static bool IsSend(SimpleNameSyntax name) => name.Identifier.ValueText is "Send" or "TrySend";

        private static SyntaxNode? NextStatement(StatementSyntax statement)
        {
            IEnumerable<SyntaxNode> siblings = statement.Parent switch
            {
                BlockSyntax block => block.Statements,
                SwitchSectionSyntax section => section.Statements,
                GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } => unit.Members,
                _ => Enumerable.Empty<SyntaxNode>(),
            };
            var self = statement.Parent is GlobalStatementSyntax global ? (SyntaxNode)global : statement;
            return siblings.SkipWhile(s => s != self).Skip(1).FirstOrDefault();
        }

        private static async Task<Document> DeclarePrimedAsync(Document document, AttributeSyntax attribute, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null) return document;
            var primed = AttributeArgument(
                NameEquals(IdentifierName("Primed")).WithEqualsToken(Token(SyntaxKind.EqualsToken).WithLeadingTrivia(Space).WithTrailingTrivia(Space)),
                null,
                LiteralExpression(SyntaxKind.TrueLiteralExpression));
            var kept = attribute.ArgumentList?.Arguments.Where(a => a.NameEquals?.Name.Identifier.ValueText != "Primed").ToList() ?? new List<AttributeArgumentSyntax>();
            kept.Add(primed);
            var arguments = AttributeArgumentList(SeparatedList(kept, Names.Commas(kept.Count - 1)));
            return document.WithSyntaxRoot(root.ReplaceNode(attribute, attribute.WithArgumentList(arguments)));
        }
    }
}
