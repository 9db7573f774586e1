using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Coroutines.Generator.Diagnostics.Analyzers
{
    /// <summary>CORO1004: <c>Send</c>/<c>TrySend</c> on a generator whose send type is <c>Unit</c>; <c>Next</c> says what it does.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SendToUnitAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SendToUnit);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = CoroutineSymbols.Create(start.Compilation);
                if (symbols?.Unit == null) return;
                start.RegisterOperationBlockStartAction(block =>
                {
                    if (!SendSyntax.Mentioned(block.OperationBlocks)) return;
                    block.RegisterOperationAction(operation =>
                    {
                        var call = (IInvocationOperation)operation.Operation;
                        var method = call.TargetMethod;
                        if (call.Instance == null || !symbols.IsSend(method) || !symbols.IsUnit(symbols.SendType(method))) return;
                        string instead = method.Name == "Send" ? "Next()" : method.Parameters.Length == 2 ? "TryNext(out …)" : "MoveNext()";
                        operation.ReportDiagnostic(Diagnostic.Create(Descriptors.SendToUnit, call.Syntax.GetLocation(),
                            call.Instance.Syntax.ToString(), method.Name, instead));
                    }, OperationKind.Invocation);
                });
            });
        }
    }
}
