using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coroutines.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Coroutines.CodeFixes
{
    /// <summary>
    /// CORO1002: lets <c>GeneratorExitException</c> through a broad catch around a resume point by adding
    /// <c>when (e is not GeneratorExitException)</c>, naming the exception variable (and the type, for a bare
    /// <c>catch</c>) when the clause has none.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BroadCatchCodeFix)), Shared]
    public sealed class BroadCatchCodeFix : CodeFixProvider
    {
        private const string Key = "Coroutines.LetGeneratorExitThrough";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.BroadCatchAroundResume.Id);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var clause = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<CatchClauseSyntax>();
                if (clause == null || clause.Filter != null) continue;
                context.RegisterCodeFix(CodeAction.Create(
                    "Let GeneratorExitException through: when (… is not GeneratorExitException)",
                    cancellationToken => AddFilterAsync(context.Document, clause, cancellationToken),
                    Key), diagnostic);
            }
        }

        private static async Task<Document> AddFilterAsync(Document document, CatchClauseSyntax clause, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null) return document;

            string name = clause.Declaration?.Identifier.ValueText is { Length: > 0 } existing ? existing : FreeName(model, clause.Block.SpanStart);
            // What came after the clause's header (usually the line break before its block) goes after the new filter.
            var headerEnd = clause.Declaration?.GetLastToken() ?? clause.CatchKeyword;
            var after = headerEnd.TrailingTrivia;

            var declaration = clause.Declaration ?? CatchDeclaration(Names.Qualified("System", "Exception"));
            if (declaration.Identifier.IsKind(SyntaxKind.None))
                declaration = declaration.WithType(declaration.Type.WithTrailingTrivia(Space)).WithIdentifier(Identifier(name));
            declaration = declaration.WithOpenParenToken(declaration.OpenParenToken.WithLeadingTrivia())
                .WithCloseParenToken(declaration.CloseParenToken.WithTrailingTrivia(Space));

            // Parsed rather than built, so the pattern has the shape the parser gives what a user types.
            var test = (IsPatternExpressionSyntax)ParseExpression($"{name} is not global::Coroutines.GeneratorExitException");
            var type = ((ConstantPatternSyntax)((UnaryPatternSyntax)test.Pattern).Pattern).Expression;
            test = test.ReplaceNode(type, type.WithAdditionalAnnotations(Simplifier.Annotation));
            var filter = CatchFilterClause(
                Token(SyntaxKind.WhenKeyword).WithTrailingTrivia(Space),
                Token(SyntaxKind.OpenParenToken),
                test.WithLeadingTrivia(),
                Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(after));

            var fixedClause = clause
                .WithCatchKeyword(clause.CatchKeyword.WithTrailingTrivia(Space))
                .WithDeclaration(declaration)
                .WithFilter(filter);
            return document.WithSyntaxRoot(root.ReplaceNode(clause, fixedClause));
        }

        /// <summary>"e", or the first of "ex", "exception", "e1", … that names nothing visible in the handler.</summary>
        private static string FreeName(SemanticModel model, int position)
        {
            foreach (string candidate in new[] { "e", "ex", "exception" }.Concat(Enumerable.Range(1, 100).Select(i => "e" + i)))
                if (model.LookupSymbols(position, name: candidate).IsEmpty) return candidate;
            return "e";
        }
    }
}
