using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Diagnostics;
using Coroutines.Generator.Find;
using Coroutines.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Check
{
    /// <summary>What Lower needs to know about a body: its resume points and the nodes that hold one.</summary>
    internal sealed class BodyFacts
    {
        public BodyFacts(Dictionary<InvocationExpressionSyntax, ResumePoint> resumePoints, HashSet<SyntaxNode> holdsResume)
        {
            ResumePoints = resumePoints;
            HoldsResume = holdsResume;
        }

        public Dictionary<InvocationExpressionSyntax, ResumePoint> ResumePoints { get; }

        /// <summary>Every node on the path from the body down to a resume point.</summary>
        public HashSet<SyntaxNode> HoldsResume { get; }

        public bool Holds(SyntaxNode? node) => node != null && HoldsResume.Contains(node);
    }

    /// <summary>Rules on a coroutine's body: where resume points may stand, and constructs that cannot surround one.</summary>
    internal static class BodyChecker
    {
        public static BodyFacts Check(SyntaxNode body, SemanticModel model, IParameterSymbol context, List<DiagnosticInfo> diagnostics)
        {
            var resumePoints = new Dictionary<InvocationExpressionSyntax, ResumePoint>();
            foreach (var node in body.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case IdentifierNameSyntax identifier when identifier.Identifier.Text == context.Name
                        && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier).Symbol, context):
                        var call = ContextCall(identifier);
                        if (call == null && IsTaskContextProperty(identifier, model))
                            break;
                        if (call == null)
                            diagnostics.Add(DiagnosticInfo.Create(Descriptors.ContextUsedAsValue, identifier.GetLocation(), context.Name));
                        else if (InsideNestedFunction(call, body))
                            diagnostics.Add(DiagnosticInfo.Create(Descriptors.YieldInLambda, call.GetLocation(), Describe(call)));
                        else if (Classify(call, model) is { } point)
                            resumePoints.Add(call, point);
                        else
                            diagnostics.Add(DiagnosticInfo.Create(Descriptors.ContextUsedAsValue, identifier.GetLocation(), context.Name));
                        break;
                    case YieldStatementSyntax yieldStatement:
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.IteratorInCoroutine, yieldStatement.GetLocation()));
                        break;
                    case AwaitExpressionSyntax awaitExpression when !InsideNestedFunction(awaitExpression, body):
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.AsyncCoroutine, awaitExpression.GetLocation(), context.ContainingSymbol.Name));
                        break;
                    case CommonForEachStatementSyntax { AwaitKeyword.RawKind: (int)SyntaxKind.AwaitKeyword } awaitForEach when !InsideNestedFunction(awaitForEach, body):
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.AsyncCoroutine, awaitForEach.AwaitKeyword.GetLocation(), context.ContainingSymbol.Name));
                        break;
                    case BaseExpressionSyntax baseExpression:
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.BaseAccess, baseExpression.Parent!.GetLocation(),
                            (baseExpression.Parent as MemberAccessExpressionSyntax)?.Name.ToString() ?? "…"));
                        break;
                }
            }

            var holds = new HashSet<SyntaxNode>();
            foreach (var call in resumePoints.Keys)
            {
                CheckPlacement(call, model, diagnostics);
                CheckSurroundings(call, body, diagnostics);
                foreach (var ancestor in call.AncestorsAndSelf())
                {
                    holds.Add(ancestor);
                    if (ancestor == body) break;
                }
            }
            return new BodyFacts(resumePoints, holds);
        }

        /// <summary>The invocation when <paramref name="identifier"/> is the receiver of a call (<c>co.Member(...)</c>).</summary>
        private static InvocationExpressionSyntax? ContextCall(IdentifierNameSyntax identifier) =>
            identifier.Parent is MemberAccessExpressionSyntax access && access.Expression == identifier
            && access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access
                ? invocation
                : null;

        /// <summary><c>co.Now</c> and other properties of the task context read the running scheduler; they do not pause.</summary>
        public static bool IsTaskContextProperty(IdentifierNameSyntax identifier, SemanticModel model) =>
            identifier.Parent is MemberAccessExpressionSyntax access && access.Expression == identifier
            && model.GetSymbolInfo(access).Symbol is IPropertySymbol { ContainingType.TypeArguments.Length: 0 } property
            && ShapeChecker.ContextType(property.ContainingType) != null;

        private static ResumePoint? Classify(InvocationExpressionSyntax call, SemanticModel model)
        {
            var method = model.GetSymbolInfo(call).Symbol as IMethodSymbol
                ?? model.GetSymbolInfo(call).CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault();
            if (method == null) return null;
            if (ShapeChecker.ContextType(method.ContainingType) == null) return null;
            if (method.ContainingType.TypeArguments.Length == 0 && method.Name != "YieldFrom")
                return new ResumePoint(ResumeKind.TaskRequest, null, method.Name, !method.ReturnsVoid);
            switch (method.Name)
            {
                case "Yield":
                    return new ResumePoint(ResumeKind.Yield, null);
                case "YieldFrom":
                    return method.IsGenericMethod
                        ? new ResumePoint(ResumeKind.YieldFromGenerator, method.Parameters[0].Type.Display())
                        : new ResumePoint(ResumeKind.YieldFromSequence, null);
                default:
                    return null;
            }
        }

        private static bool InsideNestedFunction(SyntaxNode node, SyntaxNode body) =>
            node.Ancestors().TakeWhile(a => a != body).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

        private static string Describe(InvocationExpressionSyntax call) =>
            ((MemberAccessExpressionSyntax)call.Expression).ToString() + "(…)";

        /// <summary>
        /// A resume point may stand anywhere an expression of its type may, except in places the generated code
        /// evaluates apart from the body: a switch label's or arm's <c>when</c> clause. Constructs the spiller cannot
        /// take apart are reported while lowering.
        /// </summary>
        private static void CheckPlacement(InvocationExpressionSyntax call, SemanticModel model, List<DiagnosticInfo> diagnostics)
        {
            var clause = call.Ancestors().TakeWhile(a => a is not StatementSyntax).OfType<WhenClauseSyntax>().FirstOrDefault();
            if (clause != null)
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.YieldInFilter, clause.GetLocation()));
        }

        private static void CheckSurroundings(InvocationExpressionSyntax call, SyntaxNode body, List<DiagnosticInfo> diagnostics)
        {
            foreach (var ancestor in call.Ancestors().TakeWhile(a => a != body))
            {
                switch (ancestor)
                {
                    case LockStatementSyntax lockStatement:
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.YieldInLock, lockStatement.LockKeyword.GetLocation()));
                        break;
                    case CatchFilterClauseSyntax filter:
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.YieldInFilter, filter.GetLocation()));
                        break;
                    case UnsafeStatementSyntax unsafeStatement:
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedConstruct, unsafeStatement.UnsafeKeyword.GetLocation(),
                            "An 'unsafe' block", "pointers do not survive a pause; move the resume point out of the block"));
                        break;
                    case FixedStatementSyntax fixedStatement:
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedConstruct, fixedStatement.FixedKeyword.GetLocation(),
                            "A 'fixed' statement", "a pinned pointer does not survive a pause; move the resume point out of the statement"));
                        break;
                }
            }
        }
    }
}
