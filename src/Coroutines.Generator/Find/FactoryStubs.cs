using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Linq;
using System.Text;
using System.Threading;
using Coroutines.Generator.Check;
using Coroutines.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Find
{
    /// <summary>
    /// A body that calls the factory of another coroutine of the same compilation (or its own, recursively) cannot bind
    /// that call: the factory is generated output, which a generator never sees. Lowering needs the call's type (to name a
    /// field or a delegate's return type), so bodies are bound in a compilation that also holds a stub of every
    /// coroutine's factory. That compilation is made once per compilation and shared by all its coroutines, so each
    /// body is bound once and each file's declarations are completed once.
    /// </summary>
    internal static class FactoryStubs
    {
        private static readonly ConditionalWeakTable<Compilation, Lazy<Compilation>> WithStubs = new ConditionalWeakTable<Compilation, Lazy<Compilation>>();

        /// <summary>The semantic model of <paramref name="body"/>'s file in the compilation with the factory stubs.</summary>
        public static SemanticModel Augment(SemanticModel model, SyntaxNode body)
        {
            var compilation = WithStubs.GetValue(model.Compilation, c => new Lazy<Compilation>(() => AddStubs(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
            return compilation == model.Compilation ? model : compilation.GetSemanticModel(body.SyntaxTree);
        }

        private static Compilation AddStubs(Compilation compilation)
        {
            var stubs = new StringBuilder("#nullable enable\n");
            bool any = false;
            var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var tree in compilation.SyntaxTrees)
            {
                SemanticModel? model = null;
                var declarations = tree.GetRoot()
                    .DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                    .OfType<MethodDeclarationSyntax>()
                    .Where(m => m.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().Contains("Coroutine")));
                foreach (var syntax in declarations)
                {
                    model ??= compilation.GetSemanticModel(tree);
                    if (model.GetDeclaredSymbol(syntax) is not IMethodSymbol method || !seen.Add(method.OriginalDefinition) || !IsCoroutine(method)
                        || method.Parameters.Length == 0 || ShapeChecker.ContextType(method.Parameters[0].Type) is not { } context)
                        continue;
                    AppendStub(stubs, CoroutineFinder.Describe(method, syntax, context, primed: false));
                    any = true;
                }
            }
            if (!any) return compilation;
            var options = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions;
            return compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(stubs.ToString(), options));
        }

        private static void AppendStub(StringBuilder stubs, CoroutineSpec spec)
        {
            if (spec.Namespace != null) stubs.Append("namespace ").Append(spec.Namespace).Append(" {\n");
            foreach (var type in spec.ContainingTypes) stubs.Append("partial ").Append(type.Keyword).Append(' ').Append(type.NameWithTypeParameters).Append(" {\n");
            stubs.Append(spec.Accessibility).Append(spec.IsStatic ? " static " : " ").Append(spec.FactoryReturnType).Append(' ').Append(spec.MethodName).Append(spec.TypeParameters)
                .Append('(').Append(string.Join(", ", spec.Parameters.Select(p => (p.IsParams ? "params " : "") + p.Type + " @" + p.Name + (p.DefaultValue != null ? " = " + p.DefaultValue : ""))))
                .Append(')').Append(string.Join(" ", spec.Constraints.Select(c => " " + c.Value))).Append(" => throw null!;\n");
            foreach (var _ in spec.ContainingTypes) stubs.Append("}\n");
            if (spec.Namespace != null) stubs.Append("}\n");
        }

        public static bool IsCoroutine(IMethodSymbol method) =>
            method.GetAttributes().Any(a => a.AttributeClass is
            {
                Name: "CoroutineAttribute",
                ContainingNamespace: { Name: "Coroutines", ContainingNamespace.IsGlobalNamespace: true },
            });
    }
}
