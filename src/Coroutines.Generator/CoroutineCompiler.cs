using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Coroutines.Generator.Check;
using Coroutines.Generator.Emit;
using Coroutines.Generator.Find;
using Coroutines.Generator.Lower;
using Coroutines.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator
{
    /// <summary>Runs the phases for one method and turns the result into plain data.</summary>
    internal static class CoroutineCompiler
    {
        public static CoroutineOutput Compile(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var file = Compile(context, diagnostics, cancellationToken);
            return new CoroutineOutput(file, diagnostics.ToEquatableArray());
        }

        private static GeneratedFile? Compile(GeneratorAttributeSyntaxContext context, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not IMethodSymbol method || context.TargetNode is not MethodDeclarationSyntax syntax) return null;
            // The implementing declaration carries the body; the defining one is ours.
            if (method.PartialImplementationPart != null) method = method.PartialImplementationPart;
            if (syntax.Body == null && syntax.ExpressionBody == null && method.DeclaringSyntaxReferences.Length > 1)
                syntax = method.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Body != null || m.ExpressionBody != null) ?? syntax;

            var context0 = ShapeChecker.Check(method, syntax, diagnostics);
            if (context0 == null) return null;
            bool primed = context.Attributes.FirstOrDefault()?.NamedArguments.FirstOrDefault(a => a.Key == "Primed").Value.Value is true;
            var spec = CoroutineFinder.Describe(method, syntax, context0, primed);

            var model = context.SemanticModel.SyntaxTree == syntax.SyntaxTree ? context.SemanticModel : context.SemanticModel.Compilation.GetSemanticModel(syntax.SyntaxTree);
            SyntaxNode body = (SyntaxNode?)syntax.Body ?? syntax.ExpressionBody!;
            model = FactoryStubs.Augment(model, body);
            method = model.GetDeclaredSymbol(syntax, cancellationToken) as IMethodSymbol ?? method;
            string hintName = CoroutineFinder.HintName(method);
            var declarationOnly = new GeneratedFile(hintName, FrameEmitter.EmitDeclarationOnly(spec));
            var facts = BodyChecker.Check(body, model, method.Parameters[0], diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            if (diagnostics.Count > 0) return declarationOnly;
            // A body C# itself rejects gets no frame: the user sees the compiler's errors, not a second copy in generated code.
            if (HasErrors(body, method, model, cancellationToken)) return declarationOnly;

            var reserved = method.TypeParameters.Select(t => t.Name).Concat(new[] { spec.FrameName, "SourceFile", method.Parameters[0].Name });
            var hoister = new Hoister(model, facts, body, reserved, diagnostics);
            hoister.NameParameters(method.Parameters.Skip(1));
            hoister.Run();
            hoister.GroupCapturedLocals();
            hoister.FindStepLocals();
            if (diagnostics.Count > 0) return declarationOnly;

            var frame = new FrameLowerer(spec, method, model, facts, hoister, diagnostics).Lower(body);
            if (diagnostics.Count > 0) return declarationOnly;
            return new GeneratedFile(hintName, FrameEmitter.Emit(spec, frame));
        }

        /// <summary>
        /// Syntax errors in the body, errors binding it, or a signature naming a type that does not exist. Method-body
        /// diagnostics bind only this body, where the whole file's diagnostics would complete every declaration in it.
        /// </summary>
        private static bool HasErrors(SyntaxNode body, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken) =>
            body.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
            || method.Parameters.Any(p => NamesAMissingType(p.Type)) || NamesAMissingType(method.ReturnType)
            || model.GetMethodBodyDiagnostics(body.Span, cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error);

        private static bool NamesAMissingType(ITypeSymbol type) => type switch
        {
            IErrorTypeSymbol => true,
            IArrayTypeSymbol array => NamesAMissingType(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(NamesAMissingType),
            _ => false,
        };
    }
}
