using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Coroutines.Generator.Diagnostics.Analyzers
{
    /// <summary>
    /// CORO1001: a value sent into a coroutine that may not have been resumed yet, found by <see cref="PrimingFlow"/>.
    /// </summary>
    /// <remarks>
    /// Only compilations that reference the runtime register anything; in them, only methods whose text names Send or
    /// TrySend get an invocation action, and a method's control-flow graph is built only when the method both calls an
    /// unprimed factory and sends to a generator.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnprimedSendAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Property of a CORO1001 diagnostic: documentation id of the one factory whose coroutine it is, when known.</summary>
        public const string FactoryProperty = "Factory";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnprimedSend);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = CoroutineSymbols.Create(start.Compilation);
                if (symbols == null) return;
                start.RegisterOperationBlockStartAction(block => Watch(block, symbols));
            });
        }

        private static void Watch(OperationBlockStartAnalysisContext block, CoroutineSymbols symbols)
        {
            if (!SendSyntax.Mentioned(block.OperationBlocks)) return;
            var seen = new Seen();
            block.RegisterOperationAction(operation =>
            {
                var method = ((IInvocationOperation)operation.Operation).TargetMethod;
                if (symbols.IsSend(method))
                {
                    if (!symbols.IsUnit(symbols.SendType(method))) Volatile.Write(ref seen.Send, 1);
                }
                else if (symbols.FactoryOf(method) is { Primed: false })
                {
                    Volatile.Write(ref seen.Factory, 1);
                }
            }, OperationKind.Invocation);
            block.RegisterOperationBlockEndAction(end =>
            {
                if (Volatile.Read(ref seen.Send) == 0 || Volatile.Read(ref seen.Factory) == 0) return;
                foreach (var operationBlock in end.OperationBlocks)
                {
                    if (!HasGraph(operationBlock)) continue;
                    // GetControlFlowGraph is ControlFlowGraph.Create over the block's root, cached for the other analyzers.
                    PrimingFlow.Analyze(end.GetControlFlowGraph(operationBlock), symbols, (send, receiver, factory) =>
                    {
                        var properties = factory?.GetDocumentationCommentId() is { } id
                            ? ImmutableDictionary<string, string?>.Empty.Add(FactoryProperty, id)
                            : ImmutableDictionary<string, string?>.Empty;
                        // g?.Send(1): the invocation is only ".Send(1)"; mark the whole access.
                        var marked = send.Syntax.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == send.Syntax ? access : send.Syntax;
                        end.ReportDiagnostic(Diagnostic.Create(Descriptors.UnprimedSend, marked.GetLocation(), properties,
                            receiver, send.TargetMethod.Name));
                    }, end.CancellationToken);
                }
            });
        }

        private static bool HasGraph(IOperation operationBlock) => operationBlock.Kind is OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block
            or OperationKind.FieldInitializer or OperationKind.PropertyInitializer or OperationKind.ParameterInitializer;

        private sealed class Seen
        {
            public int Send;
            public int Factory;
        }
    }
}
