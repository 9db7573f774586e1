using System.Collections.Generic;
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
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Coroutines.CodeFixes
{
    /// <summary>
    /// CORO0001 and CORO0002: adds <c>partial</c> to the coroutine method and to every type around it that lacks it (for
    /// CORO0002, to the type named, the types around it and the <c>[Coroutine]</c> methods declared in it). A method
    /// that had no accessibility modifier gets <c>private</c> too: the generator's declaration of the body says
    /// <c>private</c>, and both parts of a partial method must agree.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
    public sealed class MakePartialCodeFix : CodeFixProvider
    {
        private const string Key = "Coroutines.MakePartial";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Descriptors.MethodNotPartial.Id, Descriptors.TypeNotPartial.Id);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var declaration = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
                var targets = declaration switch
                {
                    MethodDeclarationSyntax method when method.Body != null || method.ExpressionBody != null => Around(method),
                    TypeDeclarationSyntax type => Around(type).Concat(CoroutinesIn(type)),
                    _ => Enumerable.Empty<MemberDeclarationSyntax>(),
                };
                var missing = targets.Where(t => !t.Modifiers.Any(SyntaxKind.PartialKeyword)).Distinct().ToList();
                if (missing.Count == 0) continue;
                context.RegisterCodeFix(CodeAction.Create(
                    missing.Count == 1 ? $"Make '{Name(missing[0])}' partial" : $"Make '{Name(missing[0])}' and the types around it partial",
                    cancellationToken => MakePartialAsync(context.Document, missing, cancellationToken),
                    Key), diagnostic);
            }
        }

        private static IEnumerable<MemberDeclarationSyntax> Around(MemberDeclarationSyntax member) =>
            new[] { member }.Concat(member.Ancestors().OfType<TypeDeclarationSyntax>());

        private static IEnumerable<MemberDeclarationSyntax> CoroutinesIn(TypeDeclarationSyntax type) =>
            type.Members.OfType<MethodDeclarationSyntax>().Where(m => (m.Body != null || m.ExpressionBody != null)
                && m.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "Coroutine" or "CoroutineAttribute" or "Coroutines.Coroutine" or "Coroutines.CoroutineAttribute" or "global::Coroutines.Coroutine" or "global::Coroutines.CoroutineAttribute"));

        private static string Name(MemberDeclarationSyntax member) => member switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            TypeDeclarationSyntax type => type.Identifier.ValueText,
            _ => "",
        };

        private static async Task<Document> MakePartialAsync(Document document, List<MemberDeclarationSyntax> members, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null) return document;
            return document.WithSyntaxRoot(root.ReplaceNodes(members, (_, rewritten) => AddPartial(rewritten)));
        }

        /// <summary>Appends <c>partial</c> to the modifiers: it must stand right before the return type or the type keyword.</summary>
        private static MemberDeclarationSyntax AddPartial(MemberDeclarationSyntax member)
        {
            var modifiers = member.Modifiers;
            if (member is MethodDeclarationSyntax && !modifiers.Any(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.InternalKeyword))
                modifiers = Prepend(member, modifiers, Token(SyntaxKind.PrivateKeyword), out member);
            if (modifiers.Count == 0)
                modifiers = Prepend(member, modifiers, Token(SyntaxKind.PartialKeyword), out member);
            else
                modifiers = modifiers.Add(Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(Space));
            return member.WithModifiers(modifiers);
        }

        /// <summary>Puts <paramref name="token"/> first, taking over the leading trivia of what stood first.</summary>
        private static SyntaxTokenList Prepend(MemberDeclarationSyntax member, SyntaxTokenList modifiers, SyntaxToken token, out MemberDeclarationSyntax updated)
        {
            updated = member;
            if (modifiers.Count > 0)
            {
                var first = modifiers[0];
                return modifiers.Replace(first, first.WithLeadingTrivia()).Insert(0, token.WithLeadingTrivia(first.LeadingTrivia).WithTrailingTrivia(Space));
            }
            // No modifiers: the first token after the attributes (return type or type keyword) holds the indentation.
            var anchor = member switch
            {
                MethodDeclarationSyntax method => method.ReturnType.GetFirstToken(),
                TypeDeclarationSyntax type => type.Keyword,
                _ => member.GetFirstToken(),
            };
            updated = member.ReplaceToken(anchor, anchor.WithLeadingTrivia());
            return SyntaxTokenList.Create(token.WithLeadingTrivia(anchor.LeadingTrivia).WithTrailingTrivia(Space));
        }
    }
}
