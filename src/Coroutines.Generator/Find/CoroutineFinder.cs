using System.Collections.Generic;
using System.Linq;
using System.Text;
using Coroutines.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Find
{
    /// <summary>Reads a [Coroutine] method's declaration into a <see cref="CoroutineSpec"/>; keeps no symbol.</summary>
    internal static class CoroutineFinder
    {
        private const string Runtime = "global::Coroutines.";

        public static CoroutineSpec Describe(IMethodSymbol method, MethodDeclarationSyntax syntax, INamedTypeSymbol context, bool primed)
        {
            var contextKind = context.TypeArguments.Length switch
            {
                0 => ContextKind.Task,
                1 => ContextKind.YieldOnly,
                _ => ContextKind.YieldAndSend,
            };
            string yieldType = contextKind == ContextKind.Task ? Runtime + "CoSignal" : context.TypeArguments[0].Display();
            string sendType = contextKind == ContextKind.YieldAndSend ? context.TypeArguments[1].Display() : Runtime + "Unit";
            bool returnsValue = !method.ReturnsVoid;
            string returnType = returnsValue ? method.ReturnType.Display() : Runtime + "Unit";
            string factoryReturn = contextKind != ContextKind.YieldAndSend && !returnsValue
                ? $"{Runtime}Generator<{yieldType}>"
                : $"{Runtime}Generator<{yieldType}, {sendType}, {returnType}>";

            var parameters = method.Parameters.Skip(1).Select(p => new ParameterSpec(
                p.Name,
                p.Type.Display(),
                p.HasExplicitDefaultValue ? DefaultValue(p) : null,
                p.IsParams)).ToEquatableArray();

            var containingTypes = new List<ContainingTypeSpec>();
            for (var type = method.ContainingType; type != null; type = type.ContainingType)
                containingTypes.Insert(0, new ContainingTypeSpec(Keyword(type), NameWithTypeParameters(type)));

            return new CoroutineSpec(
                Namespace: method.ContainingNamespace.IsGlobalNamespace ? null : method.ContainingNamespace.ToDisplayString(),
                Usings: Usings(syntax),
                ContainingTypes: containingTypes.ToEquatableArray(),
                ContainingTypeName: method.ContainingType.Display(),
                MethodName: method.Name,
                Accessibility: Accessibility(method.DeclaredAccessibility),
                AccessibilityWritten: syntax.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword) || m.IsKind(SyntaxKind.PrivateKeyword)),
                IsStatic: method.IsStatic,
                IsUnsafe: syntax.Modifiers.Any(SyntaxKind.UnsafeKeyword),
                InUnsafeType: syntax.Ancestors().OfType<TypeDeclarationSyntax>().Any(t => t.Modifiers.Any(SyntaxKind.UnsafeKeyword)),
                TypeParameters: method.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", method.TypeParameters.Select(t => t.Name)) + ">",
                Constraints: method.TypeParameters.Select(Constraint).Where(c => c != null).Select(c => new StringValue(c!)).ToEquatableArray(),
                BodyReturnType: method.ReturnsVoid ? "void" : method.ReturnType.Display(),
                ContextType: context.Display(),
                ContextName: method.Parameters[0].Name,
                Parameters: parameters,
                Context: contextKind,
                YieldType: yieldType,
                SendType: sendType,
                ReturnType: returnType,
                ReturnsValue: returnsValue,
                FactoryReturnType: factoryReturn,
                FrameName: FrameName(method),
                DocComment: DocComment(syntax, method.Parameters[0].Name),
                Primed: primed,
                FilePath: syntax.SyntaxTree.FilePath);
        }

        public static string HintName(IMethodSymbol method)
        {
            var name = new StringBuilder();
            foreach (char c in method.ContainingType.ToDisplayString() + "." + FrameName(method))
                name.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
            return name.Append(".g.cs").ToString();
        }

        /// <summary>MethodFrame, numbered when the type has several coroutines of that name (overloads).</summary>
        private static string FrameName(IMethodSymbol method)
        {
            var overloads = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
                .Where(FactoryStubs.IsCoroutine)
                .OrderBy(m => m.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0)
                .ToList();
            int index = overloads.FindIndex(m => SymbolEqualityComparer.Default.Equals(m.OriginalDefinition, method.OriginalDefinition));
            return method.Name + "Frame" + (index > 0 ? (index + 1).ToString() : "");
        }

        private static EquatableArray<StringValue> Usings(SyntaxNode syntax)
        {
            var usings = new List<StringValue>();
            foreach (var node in syntax.AncestorsAndSelf().Reverse())
            {
                var directives = node switch
                {
                    CompilationUnitSyntax unit => unit.Usings,
                    BaseNamespaceDeclarationSyntax ns => ns.Usings,
                    _ => default,
                };
                foreach (var directive in directives)
                    if (!directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                        usings.Add(new StringValue(directive.WithoutTrivia().ToString()));
            }
            return usings.ToEquatableArray();
        }

        private static string DefaultValue(IParameterSymbol parameter)
        {
            var value = parameter.ExplicitDefaultValue;
            var type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : parameter.Type;
            if (value is null) return parameter.Type.IsValueType && SymbolEqualityComparer.Default.Equals(type, parameter.Type) ? "default" : "null";
            if (type.TypeKind == TypeKind.Enum) return $"({type.Display()}){SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false)}";
            return value switch
            {
                string s => SymbolDisplay.FormatLiteral(s, quote: true),
                char c => SymbolDisplay.FormatLiteral(c, quote: true),
                bool b => b ? "true" : "false",
                double d when double.IsNaN(d) => "double.NaN",
                double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
                double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
                float f when float.IsNaN(f) => "float.NaN",
                float f when float.IsPositiveInfinity(f) => "float.PositiveInfinity",
                float f when float.IsNegativeInfinity(f) => "float.NegativeInfinity",
                float f => f.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "F",
                double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "D",
                decimal m => m.ToString(System.Globalization.CultureInfo.InvariantCulture) + "M",
                int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture) + "L",
                ulong ul => ul.ToString(System.Globalization.CultureInfo.InvariantCulture) + "UL",
                uint ui => ui.ToString(System.Globalization.CultureInfo.InvariantCulture) + "U",
                _ => $"({type.Display()}){System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}",
            };
        }

        private static string Keyword(INamedTypeSymbol type) => type switch
        {
            { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
            { IsRecord: true } => "record",
            { TypeKind: TypeKind.Struct } => "struct",
            { TypeKind: TypeKind.Interface } => "interface",
            _ => "class",
        };

        private static string NameWithTypeParameters(INamedTypeSymbol type) =>
            type.TypeParameters.Length == 0 ? type.Name : type.Name + "<" + string.Join(", ", type.TypeParameters.Select(t => t.Name)) + ">";

        private static string Accessibility(Accessibility accessibility) => accessibility switch
        {
            Microsoft.CodeAnalysis.Accessibility.Public => "public",
            Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
            Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
            Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
            Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
            _ => "private",
        };

        private static string? Constraint(ITypeParameterSymbol type)
        {
            var parts = new List<string>();
            if (type.HasReferenceTypeConstraint) parts.Add(type.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
            else if (type.HasUnmanagedTypeConstraint) parts.Add("unmanaged");
            else if (type.HasValueTypeConstraint) parts.Add("struct");
            else if (type.HasNotNullConstraint) parts.Add("notnull");
            parts.AddRange(type.ConstraintTypes.Select(t => t.Display()));
            if (type.HasConstructorConstraint && !type.HasValueTypeConstraint) parts.Add("new()");
            return parts.Count == 0 ? null : $"where {type.Name} : {string.Join(", ", parts)}";
        }

        private static string DocComment(MethodDeclarationSyntax syntax, string contextName)
        {
            var doc = syntax.GetLeadingTrivia()
                .Select(t => t.GetStructure())
                .OfType<DocumentationCommentTriviaSyntax>()
                .FirstOrDefault();
            if (doc == null) return "";
            var lines = doc.ToFullString().Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.StartsWith("///", System.StringComparison.Ordinal))
                .Where(l => !l.Contains($"<param name=\"{contextName}\""));
            return string.Join("\n", lines);
        }
    }
}
