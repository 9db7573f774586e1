using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Check;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Lower
{
    /// <summary>
    /// Finds the hoisted locals whose value no pause has to keep: after every resume point in the local's scope, each
    /// path writes the local before it reads it. Such a local can stay a local of <c>Step</c>, which the JIT keeps in a
    /// register, instead of a frame field written and read back on every resume (Roslyn's own iterator lowering hoists
    /// only the locals live across a suspension, for the same reason).
    /// </summary>
    /// <remarks>
    /// The test is conservative and syntactic. The pause must sit in an expression statement or a local declaration;
    /// the rest of that statement may only write the local as its outermost assignment. Then the statements that follow,
    /// in the same block and in the blocks around it as far as if/else and checked blocks reach, are scanned: a plain
    /// assignment or declaration that does not read the local proves it dead; a read, a goto/break/continue leaving the
    /// statement, or the end of a loop body, try or switch section counts as live. A local read by a catch or finally
    /// around the pause is live, since an exception can reach the handler from anywhere in between. Locals captured by
    /// lambdas, passed by reference, or declared by using, foreach, catch or a pattern are left alone.
    /// </remarks>
    internal sealed class StepLocals
    {
        private readonly SemanticModel model;
        private readonly BodyFacts facts;

        public StepLocals(SemanticModel model, BodyFacts facts)
        {
            this.model = model;
            this.facts = facts;
        }

        /// <summary>True when no resume point inside <paramref name="scope"/> needs the value of <paramref name="local"/>.</summary>
        public bool NeedsNoField(ILocalSymbol local, SyntaxNode scope)
        {
            if (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax
                {
                    Parent.Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.None, IsConst: false },
                })
                return false;
            var references = scope.DescendantNodes()
                .OfType<IdentifierNameSyntax>()
                .Where(id => id.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id).Symbol, local))
                .ToList();
            if (references.Any(r => r.Parent is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword } or RefExpressionSyntax))
                return false;
            return facts.ResumePoints.Keys
                .Where(pause => scope.Span.Contains(pause.Span))
                .All(pause => DeadAt(pause, local, references, scope));
        }

        private bool DeadAt(InvocationExpressionSyntax pause, ILocalSymbol local, List<IdentifierNameSyntax> references, SyntaxNode scope)
        {
            if (ReadByAHandlerAround(pause, references, scope)) return false;
            var statement = pause.Ancestors().OfType<StatementSyntax>().First();
            if (statement is not (ExpressionStatementSyntax or LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.None }))
                return false;
            // What the pause's own arguments read is read before it; the outermost assignment's target is written after it.
            bool readAfterThePause = references.Any(r => statement.Span.Contains(r.Span)
                && !pause.ArgumentList.Span.Contains(r.Span)
                && !IsOutermostTarget(r, statement));
            if (readAfterThePause) return false;
            return WrittenAfter(pause, statement, local) || DeadAfter(statement, local, references, scope);
        }

        /// <summary>True when the statement holding the pause writes the local once the pause is over.</summary>
        private bool WrittenAfter(InvocationExpressionSyntax pause, StatementSyntax statement, ILocalSymbol local) => statement switch
        {
            ExpressionStatementSyntax => Writes(statement, local, out _),
            LocalDeclarationStatementSyntax declaration => declaration.Declaration.Variables.Any(v =>
                SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(v), local) && v.Initializer != null && v.Span.End >= pause.Span.End),
            _ => false,
        };

        /// <summary>The verdict after <paramref name="node"/> completes normally: dead if written before any read on every way on.</summary>
        private bool DeadAfter(SyntaxNode node, ILocalSymbol local, List<IdentifierNameSyntax> references, SyntaxNode scope)
        {
            while (true)
            {
                var parent = node.Parent;
                switch (parent)
                {
                    case LabeledStatementSyntax:
                        node = parent;
                        continue;
                    case BlockSyntax block:
                        foreach (var next in block.Statements.SkipWhile(s => s != node).Skip(1))
                        {
                            var verdict = Scan(next, local, references);
                            if (verdict != null) return verdict.Value;
                        }
                        // Leaving the local's own scope ends it: a later entry declares it anew, unassigned.
                        if (block == scope) return true;
                        node = block;
                        continue;
                    case IfStatementSyntax or CheckedStatementSyntax:
                        node = parent;
                        continue;
                    case ElseClauseSyntax:
                        node = parent.Parent!;
                        continue;
                    default:
                        return false;
                }
            }
        }

        /// <summary>Dead when <paramref name="statement"/> writes the local first, live when it may read it or jump away, null when it does not touch it.</summary>
        private bool? Scan(StatementSyntax statement, ILocalSymbol local, List<IdentifierNameSyntax> references)
        {
            if (JumpsOut(statement)) return false;
            bool touches = references.Any(r => statement.Span.Contains(r.Span)) || Declares(statement, local);
            if (!touches) return facts.Holds(statement) ? false : null;
            return Writes(statement, local, out bool readsIt) && !readsIt;
        }

        /// <summary>
        /// True when <paramref name="statement"/> is <c>local = value;</c> or declares the local with an initializer;
        /// <paramref name="readsIt"/> tells whether anything else in the statement refers to the local.
        /// </summary>
        private bool Writes(StatementSyntax statement, ILocalSymbol local, out bool readsIt)
        {
            readsIt = false;
            SyntaxNode? value = statement switch
            {
                ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax target } assignment }
                    when SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target).Symbol, local) => assignment.Right,
                LocalDeclarationStatementSyntax declaration => declaration.Declaration.Variables
                    .FirstOrDefault(v => SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(v), local))?.Initializer?.Value,
                _ => null,
            };
            if (value == null) return false;
            readsIt = statement.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Any(id => id.Identifier.ValueText == local.Name && !IsOutermostTarget(id, statement)
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id).Symbol, local));
            return true;
        }

        private bool Declares(StatementSyntax statement, ILocalSymbol local) =>
            statement is LocalDeclarationStatementSyntax declaration
            && declaration.Declaration.Variables.Any(v => SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(v), local));

        private static bool IsOutermostTarget(IdentifierNameSyntax reference, StatementSyntax statement) =>
            statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment }
            && assignment.Left == reference;

        /// <summary>A goto, or a break/continue whose loop or switch lies outside <paramref name="statement"/>: control goes somewhere the scan does not follow.</summary>
        private static bool JumpsOut(StatementSyntax statement) =>
            statement.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .Any(n => n switch
                {
                    GotoStatementSyntax => true,
                    BreakStatementSyntax or ContinueStatementSyntax => !n.Ancestors()
                        .TakeWhile(a => a != statement)
                        .Any(a => a is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax
                            || a is SwitchStatementSyntax && n is BreakStatementSyntax),
                    _ => false,
                });

        /// <summary>A catch or finally of a try around the pause (inside the local's scope) that refers to the local.</summary>
        private static bool ReadByAHandlerAround(SyntaxNode pause, List<IdentifierNameSyntax> references, SyntaxNode scope) =>
            pause.Ancestors()
                .TakeWhile(a => a != scope)
                .OfType<TryStatementSyntax>()
                .Any(t => references.Any(r => t.Catches.Any(c => c.Span.Contains(r.Span)) || t.Finally?.Span.Contains(r.Span) == true));
    }
}
