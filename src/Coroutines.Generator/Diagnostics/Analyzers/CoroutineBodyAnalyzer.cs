using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Coroutines.Generator.Diagnostics.Analyzers
{
    /// <summary>
    /// Rules inside <c>[Coroutine]</c> bodies that the generator's own checks leave alone because the body still compiles:
    /// CORO1002, a broad catch around a resume point; CORO1005, <c>co.YieldFrom</c> of a generator whose types do not
    /// match the coroutine's.
    /// </summary>
    /// <remarks>
    /// The context parameter used as a value (CORO0006) and a resume point inside a lambda (CORO0007) are the generator's
    /// errors already, on the same spans; reporting them again here would only list every such mistake twice.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CoroutineBodyAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Property of a CORO1002 diagnostic: the name of the catch clause's exception variable, empty when it has none.</summary>
        public const string VariableProperty = "Variable";

        private const string PlainSequence = ", so co.YieldFrom takes it for a plain sequence: a value sent in raises NotSupportedException and its return value is lost";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.BroadCatchAroundResume, Descriptors.YieldFromMismatch);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = CoroutineSymbols.Create(start.Compilation);
                if (symbols == null) return;
                start.RegisterOperationBlockStartAction(block =>
                {
                    if (block.OwningSymbol is not IMethodSymbol method || !symbols.IsCoroutine(method, out var co)) return;
                    AnalysisCounters.CountCoroutineBody();
                    if (symbols.GeneratorExit != null)
                        block.RegisterOperationAction(c => CheckTry(c, (ITryOperation)c.Operation, co, symbols), OperationKind.Try);
                    block.RegisterOperationAction(c => CheckYieldFrom(c, co, symbols), OperationKind.Invocation, OperationKind.Invalid);
                });
            });
        }

        // ---- CORO1002 ----------------------------------------------------------------------------------------

        private static void CheckTry(OperationAnalysisContext context, ITryOperation tryOperation, IParameterSymbol co, CoroutineSymbols symbols)
        {
            if (tryOperation.Catches.IsEmpty || !Descendants(tryOperation.Body).Any(o => IsResumePoint(o, co))) return;
            var exit = symbols.GeneratorExit!;
            foreach (var clause in tryOperation.Catches)
            {
                var caught = clause.ExceptionType;
                bool seesExit = caught.SpecialType == SpecialType.System_Object || DerivesFrom(exit, caught);
                if (!seesExit || clause.Filter != null) continue;
                // catch (GeneratorExitException) first handles it on purpose, and the clauses after it never see it.
                if (DerivesFrom(caught, exit) || Rethrows(clause)) return;

                if (clause.Syntax is not CatchClauseSyntax syntax) return;
                var span = TextSpan.FromBounds(syntax.CatchKeyword.SpanStart, syntax.Declaration?.Span.End ?? syntax.CatchKeyword.Span.End);
                string variable = syntax.Declaration?.Identifier.ValueText ?? "";
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.BroadCatchAroundResume, Location.Create(syntax.SyntaxTree, span),
                    ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, variable),
                    variable.Length > 0 ? variable : "e"));
                return;
            }
        }

        private static bool IsResumePoint(IOperation operation, IParameterSymbol co) =>
            operation is IInvocationOperation { Instance: IParameterReferenceOperation receiver }
            && SymbolEqualityComparer.Default.Equals(receiver.Parameter, co);

        /// <summary>A bare <c>throw;</c>, or <c>throw e;</c> of the clause's own variable, anywhere in the handler.</summary>
        private static bool Rethrows(ICatchClauseOperation clause)
        {
            var variable = (clause.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;
            return Descendants(clause.Handler).OfType<IThrowOperation>().Any(t =>
                t.Exception == null
                || (variable != null && Unwrap(t.Exception) is ILocalReferenceOperation thrown && SymbolEqualityComparer.Default.Equals(thrown.Local, variable)));
        }

        private static bool DerivesFrom(ITypeSymbol type, ITypeSymbol baseType)
        {
            for (var t = type; t != null; t = t.BaseType)
                if (SymbolEqualityComparer.Default.Equals(t, baseType)) return true;
            return false;
        }

        // ---- CORO1005 ----------------------------------------------------------------------------------------

        /// <remarks>
        /// Two cases. A generator whose send type differs binds, without any compiler message, to the overload for plain
        /// sequences (every generator is an <c>IEnumerable</c>) and then fails at run time on the first value sent. A
        /// generator whose yield type differs binds to nothing: the compiler reports that it cannot convert or infer
        /// <c>TReturn</c> for <c>IGenerator&lt;…, …, TReturn&gt;</c>; this names the two mismatched types instead.
        /// </remarks>
        private static void CheckYieldFrom(OperationAnalysisContext context, IParameterSymbol co, CoroutineSymbols symbols)
        {
            switch (context.Operation)
            {
                case IInvocationOperation { Instance: IParameterReferenceOperation receiver, TargetMethod: { Name: "YieldFrom", IsGenericMethod: false } } call
                    when SymbolEqualityComparer.Default.Equals(receiver.Parameter, co) && call.Arguments.Length == 1:
                {
                    var argument = Unwrap(call.Arguments[0].Value);
                    if (symbols.GeneratorTypes(argument.Type) is { } inner)
                        Report(context, call.Syntax, argument.Syntax, inner, co, symbols, PlainSequence);
                    break;
                }
                case IInvalidOperation invalid when invalid.Syntax is InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "YieldFrom" } access,
                    ArgumentList.Arguments.Count: 1,
                } invocation && invalid.SemanticModel != null:
                {
                    var model = invalid.SemanticModel;
                    if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(access.Expression, context.CancellationToken).Symbol, co)) break;
                    var argument = invocation.ArgumentList.Arguments[0].Expression;
                    if (symbols.GeneratorTypes(model.GetTypeInfo(argument, context.CancellationToken).Type) is not { } inner) break;
                    var (yieldType, sendType) = ContextTypes(co, symbols);
                    if (yieldType == null || sendType == null) break;
                    var compilation = symbols.Compilation;
                    bool yieldFits = Fits(compilation, inner.Yield, yieldType);
                    bool sendFits = Fits(compilation, sendType, inner.Send);
                    if (!yieldFits || !sendFits) Report(context, invocation, argument, inner, co, symbols, "");
                    break;
                }
            }
        }

        private static bool Fits(Compilation compilation, ITypeSymbol from, ITypeSymbol to)
        {
            var conversion = compilation.ClassifyCommonConversion(from, to);
            return conversion.IsIdentity || (conversion.IsImplicit && conversion.IsReference);
        }

        private static void Report(OperationAnalysisContext context, SyntaxNode call, SyntaxNode argument, (ITypeSymbol Yield, ITypeSymbol Send) inner,
            IParameterSymbol co, CoroutineSymbols symbols, string consequence)
        {
            var (yieldType, sendType) = ContextTypes(co, symbols);
            if (yieldType == null || sendType == null) return;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.YieldFromMismatch, call.GetLocation(),
                argument.ToString(), Show(inner.Yield), Show(inner.Send), Show(yieldType), Show(sendType), consequence));
        }

        /// <summary>What the coroutine yields and receives, from its context parameter: Co&lt;Y&gt;, Co&lt;Y, S&gt; or Co.</summary>
        private static (ITypeSymbol? Yield, ITypeSymbol? Send) ContextTypes(IParameterSymbol co, CoroutineSymbols symbols)
        {
            var type = (INamedTypeSymbol)co.Type;
            return type.TypeArguments.Length switch
            {
                0 => (symbols.Compilation.GetTypeByMetadataName("Coroutines.CoSignal"), symbols.Unit),
                1 => (type.TypeArguments[0], symbols.Unit),
                _ => (type.TypeArguments[0], type.TypeArguments[1]),
            };
        }

        private static string Show(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

        // ---- walking ----------------------------------------------------------------------------------------

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion) operation = conversion.Operand;
            return operation;
        }

        /// <summary>The operation and everything under it, not entering lambdas or local functions (they run elsewhere).</summary>
        private static IEnumerable<IOperation> Descendants(IOperation operation)
        {
            var stack = new Stack<IOperation>();
            stack.Push(operation);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                yield return current;
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation) continue;
                foreach (var child in current.ChildOperations) stack.Push(child);
            }
        }
    }
}
