using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Diagnostics;
using Coroutines.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Check
{
    /// <summary>Rules on a coroutine's declaration: partial, context parameter first, by-value parameters, not async.</summary>
    internal static class ShapeChecker
    {
        /// <summary>Returns the context type when the declaration can be lowered, else null (the reasons are in <paramref name="diagnostics"/>).</summary>
        public static INamedTypeSymbol? Check(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
        {
            int before = diagnostics.Count;
            var name = syntax.Identifier.GetLocation();
            if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword) || (syntax.Body == null && syntax.ExpressionBody == null))
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.MethodNotPartial, name, method.Name));

            foreach (var type in syntax.Ancestors().OfType<TypeDeclarationSyntax>())
                if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.TypeNotPartial, type.Identifier.GetLocation(), type.Identifier.Text, method.Name));

            if (syntax.Modifiers.Any(SyntaxKind.AsyncKeyword))
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.AsyncCoroutine, name, method.Name));

            var context = method.Parameters.Length > 0 ? ContextType(method.Parameters[0].Type) : null;
            if (context == null || method.Parameters[0].RefKind != RefKind.None)
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.MissingContext,
                    syntax.ParameterList.Parameters.Count > 0 ? syntax.ParameterList.Parameters[0].GetLocation() : syntax.ParameterList.GetLocation(),
                    method.Name));

            foreach (var parameter in method.Parameters.Skip(1))
            {
                if (ContextType(parameter.Type) != null)
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.MissingContext, parameter.Locations[0], method.Name));
                if (parameter.RefKind != RefKind.None)
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.RefParameter, parameter.Locations[0],
                        parameter.Name, method.Name, RefKindAsWritten(parameter)));
            }
            return diagnostics.Count == before ? context : null;
        }

        private static string RefKindAsWritten(IParameterSymbol parameter) =>
            parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ParameterSyntax syntax
                ? string.Join(" ", syntax.Modifiers.Where(m => !m.IsKind(SyntaxKind.ThisKeyword) && !m.IsKind(SyntaxKind.ParamsKeyword) && !m.IsKind(SyntaxKind.ScopedKeyword)).Select(m => m.Text))
                : parameter.RefKind.ToString().ToLowerInvariant();

        public static INamedTypeSymbol? ContextType(ITypeSymbol type) =>
            type is INamedTypeSymbol { Name: "Co", ContainingNamespace: { Name: "Coroutines", ContainingNamespace.IsGlobalNamespace: true } } named
                ? named
                : null;
    }
}
