using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Coroutines.Generator.Check;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Find
{
    /// <summary>
    /// A body that calls the factory of another coroutine of the same compilation (or its own, recursively) cannot bind
    /// that call: the factory is generated output, which a generator never sees. Lowering needs the call's type (to name a
    /// field or a delegate's return type), so this binds the body once more in a compilation that also holds stubs of
    /// exactly those factories.
    /// </summary>
    internal static class FactoryStubs
    {
        public static SemanticModel Augment(SemanticModel model, SyntaxNode body, CancellationToken cancellationToken)
        {
            var called = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var invocation in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var info = model.GetSymbolInfo(invocation, cancellationToken);
                if (info.Symbol != null) continue;
                foreach (var candidate in info.CandidateSymbols.OfType<IMethodSymbol>())
                    if (candidate.DeclaringSyntaxReferences.Length > 0 && IsCoroutine(candidate) && candidate.Parameters.Length > 0
                        && ShapeChecker.ContextType(candidate.Parameters[0].Type) is { } context)
                        called.Add(candidate.OriginalDefinition);
            }
            if (called.Count == 0) return model;

            var stubs = new StringBuilder("#nullable enable\n");
            foreach (var method in called)
            {
                if (method.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<MethodDeclarationSyntax>().FirstOrDefault() is not { } syntax) continue;
                var spec = CoroutineFinder.Describe(method, syntax, ShapeChecker.ContextType(method.Parameters[0].Type)!, primed: false);
                if (spec.Namespace != null) stubs.Append("namespace ").Append(spec.Namespace).Append(" {\n");
                foreach (var type in spec.ContainingTypes) stubs.Append("partial ").Append(type.Keyword).Append(' ').Append(type.NameWithTypeParameters).Append(" {\n");
                stubs.Append(spec.Accessibility).Append(spec.IsStatic ? " static " : " ").Append(spec.FactoryReturnType).Append(' ').Append(spec.MethodName).Append(spec.TypeParameters)
                    .Append('(').Append(string.Join(", ", spec.Parameters.Select(p => (p.IsParams ? "params " : "") + p.Type + " @" + p.Name + (p.DefaultValue != null ? " = " + p.DefaultValue : ""))))
                    .Append(')').Append(string.Join(" ", spec.Constraints.Select(c => " " + c.Value))).Append(" => throw null!;\n");
                foreach (var _ in spec.ContainingTypes) stubs.Append("}\n");
                if (spec.Namespace != null) stubs.Append("}\n");
            }
            var options = (CSharpParseOptions)body.SyntaxTree.Options;
            var tree = CSharpSyntaxTree.ParseText(stubs.ToString(), options, cancellationToken: cancellationToken);
            return model.Compilation.AddSyntaxTrees(tree).GetSemanticModel(body.SyntaxTree);
        }

        public static bool IsCoroutine(IMethodSymbol method) =>
            method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Coroutines.CoroutineAttribute");
    }
}
