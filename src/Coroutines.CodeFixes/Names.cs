using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Coroutines.CodeFixes
{
    /// <summary>Type names for inserted code: written <c>global::</c>-qualified and shortened by the simplifier where usings allow.</summary>
    internal static class Names
    {
        /// <summary><c>global::Namespace.Type</c>, or <c>global::Namespace.Type&lt;arguments&gt;</c>.</summary>
        public static TypeSyntax Qualified(string ns, string type, params TypeSyntax[] arguments)
        {
            SimpleNameSyntax name = arguments.Length == 0
                ? IdentifierName(type)
                : GenericName(Identifier(type), TypeArgumentList(SeparatedList(arguments, Commas(arguments.Length - 1))));
            return QualifiedName(AliasQualifiedName(IdentifierName(Token(SyntaxKind.GlobalKeyword)), IdentifierName(ns)), name)
                .WithAdditionalAnnotations(Simplifier.Annotation);
        }

        /// <summary>Comma tokens followed by a space, for building separated lists that read as written by hand.</summary>
        public static SyntaxToken[] Commas(int count)
        {
            var commas = new SyntaxToken[System.Math.Max(count, 0)];
            for (int i = 0; i < commas.Length; i++) commas[i] = Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space);
            return commas;
        }
    }
}
