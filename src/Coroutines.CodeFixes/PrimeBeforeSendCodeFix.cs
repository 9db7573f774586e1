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
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Coroutines.CodeFixes
{
    /// <summary>
    /// CORO1001: inserts <c>x.Next();</c> before the statement holding the unprimed send, so the coroutine runs to its
    /// first yield before a value is sent. Offered when the send's receiver is a local (or parameter) named by a plain
    /// identifier; a send inside an embedded statement gets a block around the two.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PrimeBeforeSendCodeFix)), Shared]
    public sealed class PrimeBeforeSendCodeFix : CodeFixProvider
    {
        private const string Key = "Coroutines.PrimeBeforeSend";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UnprimedSend.Id);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var marked = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                // g?.Send(1) is marked whole; the send is the invocation it holds.
                var send = (marked as ConditionalAccessExpressionSyntax)?.WhenNotNull as InvocationExpressionSyntax
                    ?? marked.FirstAncestorOrSelf<InvocationExpressionSyntax>();
                if (send == null || Receiver(send) is not { } receiver || send.FirstAncestorOrSelf<StatementSyntax>() is not { } statement) continue;
                context.RegisterCodeFix(CodeAction.Create(
                    $"Call {receiver.Identifier.ValueText}.Next() first",
                    cancellationToken => InsertNextAsync(context.Document, statement, receiver.Identifier.ValueText, cancellationToken),
                    Key), diagnostic);
            }
        }

        /// <summary>The <c>g</c> of <c>g.Send(…)</c> or <c>g?.Send(…)</c>.</summary>
        private static IdentifierNameSyntax? Receiver(InvocationExpressionSyntax send) => send.Expression switch
        {
            MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax name } => name,
            MemberBindingExpressionSyntax => send.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>()?.Expression as IdentifierNameSyntax,
            _ => null,
        };

        private static async Task<Document> InsertNextAsync(Document document, StatementSyntax statement, string receiver, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null) return document;
            var next = ExpressionStatement(InvocationExpression(MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression, IdentifierName(receiver), IdentifierName("Next"))));

            SyntaxNode fixedRoot;
            switch (statement.Parent)
            {
                case BlockSyntax or SwitchSectionSyntax:
                    fixedRoot = root.InsertNodesBefore(statement, new[] { OnItsOwnLine(next, statement) });
                    break;
                case GlobalStatementSyntax global:
                    fixedRoot = root.InsertNodesBefore(global, new[] { GlobalStatement(OnItsOwnLine(next, statement)) });
                    break;
                default:
                    // An embedded statement (if (c) g.Send(1);): make it a block holding both.
                    var block = Block(next, statement.WithoutLeadingTrivia().WithoutTrailingTrivia())
                        .WithLeadingTrivia(statement.GetLeadingTrivia()).WithTrailingTrivia(statement.GetTrailingTrivia())
                        .WithAdditionalAnnotations(Formatter.Annotation);
                    fixedRoot = root.ReplaceNode(statement, block);
                    break;
            }
            return document.WithSyntaxRoot(fixedRoot);
        }

        /// <summary>The new statement gets the indentation of the one it goes before, and a line of its own.</summary>
        private static StatementSyntax OnItsOwnLine(StatementSyntax statement, StatementSyntax before)
        {
            var indentation = before.GetLeadingTrivia().Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse();
            var endOfLine = before.GetTrailingTrivia().Concat(before.DescendantTrivia()).FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return statement.WithLeadingTrivia(indentation)
                .WithTrailingTrivia(endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : CarriageReturnLineFeed);
        }
    }
}
