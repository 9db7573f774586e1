using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Check;
using Coroutines.Generator.Diagnostics;
using Coroutines.Generator.Find;
using Coroutines.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Coroutines.Generator.Lower
{
    /// <summary>
    /// Decides, before lowering, which variables become frame fields and what every renamed variable is called.
    /// A variable is hoisted when its scope is exploded (holds a resume point): its value must survive a pause,
    /// and the scopes of exploded blocks are flattened into one. Pattern variables cannot be fields; they stay
    /// locals with unique names, and are diagnosed when used after a resume point.
    /// </summary>
    internal sealed class Hoister
    {
        /// <summary>Members of the frame's base classes: hoisted names must not hide them.</summary>
        public static readonly HashSet<string> BaseMemberNames = new HashSet<string>
        {
            "Running", "ResumeAt", "State", "Current", "Delegate", "Location", "Locals", "Step", "LocationOf", "AddLocals", "ClosesQuietlyAt", "ClosesByReturnAt", "ClosingByReturn",
            "BoxedResult", "Next", "Send", "Throw", "TryThrow", "TryNext", "TrySend", "Close", "MoveNext", "Dispose",
            "GetEnumerator", "YieldValue", "Resumed", "BeginYieldFrom", "EndYieldFrom", "Rethrow", "Result", "ReturnValue",
            "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize", "Reset",
        };

        private readonly SemanticModel model;
        private readonly BodyFacts facts;
        private readonly SyntaxNode body;
        private readonly List<DiagnosticInfo> diagnostics;
        private readonly HashSet<string> usedNames;

        public Hoister(SemanticModel model, BodyFacts facts, SyntaxNode body, IEnumerable<string> reservedNames, List<DiagnosticInfo> diagnostics)
        {
            this.model = model;
            this.facts = facts;
            this.body = body;
            this.diagnostics = diagnostics;
            usedNames = new HashSet<string>(BaseMemberNames.Concat(reservedNames));
        }

        /// <summary>Every renamed variable: hoisted ones name a field, pattern variables a local.</summary>
        public Dictionary<ISymbol, string> Names { get; } = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);

        /// <summary>The hoisted variables in declaration order.</summary>
        public List<(ILocalSymbol Local, string Field)> Fields { get; } = new List<(ILocalSymbol, string)>();

        /// <summary>The node whose extent is each hoisted variable's scope.</summary>
        private Dictionary<ISymbol, SyntaxNode> ScopeNodes { get; } = new Dictionary<ISymbol, SyntaxNode>(SymbolEqualityComparer.Default);

        /// <summary>
        /// Scopes inside loops whose variables a lambda captures: C# gives each iteration fresh variables, so they live
        /// in an object made anew each time the scope is entered, not in frame fields.
        /// </summary>
        public Dictionary<SyntaxNode, ClosureScope> Closures { get; } = new Dictionary<SyntaxNode, ClosureScope>();

        /// <summary>Ref-like locals that stay real locals because no pause separates their declaration from their uses.</summary>
        public HashSet<ISymbol> KeptLocals { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        /// <summary>The hoisted variables, for lookups.</summary>
        public HashSet<ISymbol> Hoisted { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        /// <summary>The scope of each hoisted variable: <c>Locals</c> shows it at resume points inside the scope, after the declaration.</summary>
        public Dictionary<ISymbol, TextSpan> Scopes { get; } = new Dictionary<ISymbol, TextSpan>(SymbolEqualityComparer.Default);

        /// <summary>Parameters live in fields too; named first, so they keep their names unless a frame member has it.</summary>
        public void NameParameters(IEnumerable<IParameterSymbol> parameters)
        {
            foreach (var parameter in parameters)
            {
                string name = Unique(parameter.Name);
                Names[parameter] = name;
                ParameterFields.Add(name);
            }
        }

        /// <summary>Pattern variables of exploded conditions: the local the condition declares, and the condition.</summary>
        public Dictionary<ISymbol, (string Local, ExpressionSyntax Condition)> CopiedPatternVariables { get; } =
            new Dictionary<ISymbol, (string, ExpressionSyntax)>(SymbolEqualityComparer.Default);

        /// <summary>The field of each parameter, in order.</summary>
        public List<string> ParameterFields { get; } = new List<string>();

        public void Run()
        {
            foreach (var node in body.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                switch (node)
                {
                    case VariableDeclaratorSyntax declarator when ScopeOf(declarator) is { } scope && IsExploded(scope):
                        if (declarator.Parent?.Parent is LocalDeclarationStatementSyntax local && local.IsConst) break;
                        if (declarator.Parent?.Parent is FixedStatementSyntax) break;
                        Hoist(declarator, model.GetDeclaredSymbol(declarator) as ILocalSymbol);
                        break;
                    case CatchDeclarationSyntax catchDeclaration when catchDeclaration.Identifier.Text.Length > 0
                        && facts.Holds(((CatchClauseSyntax)catchDeclaration.Parent!).Block):
                        Hoist(catchDeclaration, model.GetDeclaredSymbol(catchDeclaration));
                        break;
                    case ForEachStatementSyntax forEach when facts.Holds(forEach.Statement):
                        Hoist(forEach.Statement, model.GetDeclaredSymbol(forEach));
                        break;
                    case SingleVariableDesignationSyntax designation when ScopeOf(designation) is { } scope && IsExploded(scope):
                        var symbol = model.GetDeclaredSymbol(designation) as ILocalSymbol;
                        if (symbol == null) break;
                        // A switch section runs after the dispatching switch: its label's pattern variables are copied into fields.
                        if (IsDeclarationExpressionVariable(designation) || designation.Ancestors().Any(a => a is SwitchLabelSyntax)) Hoist(designation, symbol);
                        else KeepPatternVariable(designation, symbol, scope);
                        break;
                }
            }
        }

        /// <summary>Moves captured per-iteration variables from frame fields into closure scopes.</summary>
        public void GroupCapturedLocals()
        {
            var flow = body switch
            {
                StatementSyntax statement => model.AnalyzeDataFlow(statement),
                ArrowExpressionClauseSyntax arrow => model.AnalyzeDataFlow(arrow.Expression),
                _ => null,
            };
            if (flow == null || !flow.Succeeded || flow.Captured.IsEmpty) return;
            captured.UnionWith(flow.Captured);
            foreach (var (local, field) in Fields.ToList())
            {
                var scope = ScopeNodes[local];
                if (!captured.Contains(local) || !scope.AncestorsAndSelf().TakeWhile(a => a != body).Any(IsLoopBody))
                    continue;
                if (!Closures.TryGetValue(scope, out var closure))
                    Closures[scope] = closure = new ClosureScope("Closure" + (Closures.Count + 1), "__closure" + (Closures.Count + 1));
                closure.Members.Add((field, local.Type.Display()));
                Names[local] = closure.Field + "." + field;
                ClosureOf[local] = closure;
                Fields.Remove((local, field));
            }
        }

        /// <summary>
        /// Hoisted locals that no resume point needs (<see cref="StepLocals"/>): they become locals of <c>Step</c>, with
        /// a field only where <c>Locals</c> shows them at a pause, written just before it.
        /// </summary>
        public void FindStepLocals()
        {
            var analysis = new StepLocals(model, facts);
            var verbatimNames = NamesDeclaredVerbatim();
            foreach (var (local, name) in Fields)
                if (!captured.Contains(local) && !CopiedPatternVariables.ContainsKey(local) && !verbatimNames.Contains(name)
                    && analysis.NeedsNoField(local, ScopeNodes[local]))
                    InStep.Add(local);
        }

        /// <summary>
        /// Names that copied code declares as they are written (locals of unexploded blocks, lambda parameters, local
        /// functions, range variables): a local of <c>Step</c> with one of them would clash with it (CS0136).
        /// </summary>
        private HashSet<string> NamesDeclaredVerbatim()
        {
            var names = new HashSet<string>();
            foreach (var node in body.DescendantNodes())
            {
                var token = node switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Identifier,
                    SingleVariableDesignationSyntax designation => designation.Identifier,
                    ForEachStatementSyntax forEach => forEach.Identifier,
                    CatchDeclarationSyntax catchDeclaration => catchDeclaration.Identifier,
                    ParameterSyntax parameter => parameter.Identifier,
                    LocalFunctionStatementSyntax function => function.Identifier,
                    FromClauseSyntax from => from.Identifier,
                    LetClauseSyntax let => let.Identifier,
                    JoinClauseSyntax join => join.Identifier,
                    JoinIntoClauseSyntax into => into.Identifier,
                    QueryContinuationSyntax continuation => continuation.Identifier,
                    _ => default,
                };
                if (token.ValueText.Length == 0) continue;
                var symbol = model.GetDeclaredSymbol(node);
                if (symbol == null || !Names.ContainsKey(symbol)) names.Add(token.ValueText);
            }
            return names;
        }

        /// <summary>Hoisted locals kept as locals of <c>Step</c> because no pause needs their value.</summary>
        public HashSet<ISymbol> InStep { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        /// <summary>Variables lambdas capture: they stay fields, where every closure sees the same variable.</summary>
        private readonly HashSet<ISymbol> captured = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        /// <summary>The closure scope of each captured per-iteration variable.</summary>
        public Dictionary<ISymbol, ClosureScope> ClosureOf { get; } = new Dictionary<ISymbol, ClosureScope>(SymbolEqualityComparer.Default);

        private static bool IsLoopBody(SyntaxNode node) => node.Parent switch
        {
            WhileStatementSyntax loop => loop.Statement == node,
            DoStatementSyntax loop => loop.Statement == node,
            CommonForEachStatementSyntax loop => loop.Statement == node,
            ForStatementSyntax loop => loop.Statement == node,
            _ => false,
        };

        /// <summary>A variable declared by <c>out var x</c>, <c>var (a, b) = …</c> or a foreach deconstruction: these can be written as field references.</summary>
        public static bool IsDeclarationExpressionVariable(SingleVariableDesignationSyntax designation)
        {
            SyntaxNode? node = designation.Parent;
            while (node is ParenthesizedVariableDesignationSyntax) node = node.Parent;
            return node is DeclarationExpressionSyntax || node is ForEachVariableStatementSyntax;
        }

        private bool IsExploded(SyntaxNode scope) =>
            scope == body || facts.Holds(scope) || (scope is SwitchSectionSyntax && facts.Holds(scope.Parent));

        /// <summary>
        /// The node whose extent is the variable's scope, by C#'s rules: a local declaration, expression statement, if
        /// condition or return leaks into the enclosing block or switch section; while, for, foreach, using, switch and
        /// catch keep theirs; an embedded statement is its own scope.
        /// </summary>
        private SyntaxNode? ScopeOf(SyntaxNode declaration)
        {
            SyntaxNode? node = declaration;
            while (node != null && node != body)
            {
                switch (node.Parent)
                {
                    case BlockSyntax or SwitchSectionSyntax when node is StatementSyntax:
                        return node.Parent;
                    case SwitchSectionSyntax section when node is SwitchLabelSyntax:
                        return section;
                    case CatchClauseSyntax catchClause when node is CatchFilterClauseSyntax or CatchDeclarationSyntax:
                        return catchClause;
                    case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax
                        or UsingStatementSyntax or LockStatementSyntax or FixedStatementSyntax or SwitchStatementSyntax:
                        return node is StatementSyntax ? node : node.Parent;
                    case IfStatementSyntax or ElseClauseSyntax when node is StatementSyntax:
                        return node;
                    case LabeledStatementSyntax labeled when node is StatementSyntax:
                        node = labeled;
                        continue;
                    case ArrowExpressionClauseSyntax when node.Parent.Parent is MethodDeclarationSyntax:
                        return body;
                }
                if (node.Parent is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) return null;
                node = node.Parent;
            }
            return node;
        }

        private void Hoist(SyntaxNode declaration, ILocalSymbol? local)
        {
            if (local == null || Names.ContainsKey(local)) return;
            string? problem =
                local.IsRef ? "it is a ref local" :
                local.Type.IsRefLikeType ? "it is a ref struct" :
                local.Type.IsAnonymousType || local.Type.ToDisplayString().Contains("<anonymous type") ? "its type is anonymous and cannot be named" :
                local.Type is IPointerTypeSymbol or IFunctionPointerTypeSymbol ? "it is a pointer" :
                null;
            if (problem != null)
            {
                if ((local.Type.IsRefLikeType || local.IsRef) && !facts.Holds(declaration) && UsesStayBeforeAPause(local, declaration))
                {
                    Names[local] = Unique(local.Name);
                    KeptLocals.Add(local);
                    return;
                }
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnhoistableLocal, declaration.GetLocation(),
                    local.Name, local.Type.ToDisplayString(), problem));
                return;
            }
            string name = Unique(local.Name);
            Names[local] = name;
            Fields.Add((local, name));
            Hoisted.Add(local);
            var scope = ScopeOf(declaration) ?? body;
            Scopes[local] = TextSpan.FromBounds(declaration == scope ? scope.SpanStart : declaration.Span.End, scope.Span.End);
            ScopeNodes[local] = scope;
        }

        /// <summary>
        /// A pattern variable stays a local. When the condition of an exploded if, while or for declares it and it is
        /// used after a pause, the lowering also copies it into a field where it is definitely assigned (the branch or
        /// loop body); the condition itself reads the local.
        /// </summary>
        private void KeepPatternVariable(SingleVariableDesignationSyntax designation, ILocalSymbol local, SyntaxNode scope)
        {
            if (UsesStayBeforeAPause(local, scope, designation.SpanStart))
            {
                Names[local] = Unique(local.Name);
                return;
            }
            var condition = designation.Ancestors().OfType<ExpressionSyntax>().LastOrDefault();
            if (condition != null && condition.Parent is IfStatementSyntax or WhileStatementSyntax or ForStatementSyntax && facts.Holds(condition.Parent)
                && ((condition.Parent as IfStatementSyntax)?.Condition ?? (condition.Parent as WhileStatementSyntax)?.Condition ?? (condition.Parent as ForStatementSyntax)?.Condition) == condition)
            {
                Hoist(designation, local);
                CopiedPatternVariables[local] = (Unique("__" + local.Name), condition);
                return;
            }
            Names[local] = Unique(local.Name);
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnhoistableLocal, designation.GetLocation(), local.Name, local.Type.ToDisplayString(),
                    "a pattern variable is used after a resume point; copy it into a local declared with 'var' and use that"));
        }

        private bool UsesStayBeforeAPause(ILocalSymbol local, SyntaxNode declaration)
        {
            var scope = ScopeOf(declaration) ?? body;
            return UsesStayBeforeAPause(local, scope, declaration.SpanStart);
        }

        /// <summary>
        /// True when no use of <paramref name="local"/> can run after a pause that follows its declaration:
        /// no resume point lies between the declaration and a use, and no use sits in a loop that also pauses.
        /// </summary>
        private bool UsesStayBeforeAPause(ILocalSymbol local, SyntaxNode scope, int declaredAt)
        {
            var pauses = facts.ResumePoints.Keys.Where(p => scope.Span.Contains(p.Span) && p.SpanStart > declaredAt).ToList();
            if (pauses.Count == 0) return true;
            foreach (var use in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (use.Identifier.Text != local.Name || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(use).Symbol, local)) continue;
                if (pauses.Any(p => p.SpanStart < use.SpanStart && !p.Span.Contains(use.Span))) return false;
                foreach (var loop in use.Ancestors().TakeWhile(a => a != scope))
                    if (loop is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax
                        && pauses.Any(p => loop.Span.Contains(p.Span)))
                        return false;
            }
            return true;
        }

        public string Unique(string name)
        {
            string candidate = name;
            for (int i = 2; !usedNames.Add(candidate); i++) candidate = name + "_" + i;
            return candidate;
        }
    }

    /// <summary>A scope whose variables each pass through a loop gets anew: a class of its own, made on entry.</summary>
    internal sealed class ClosureScope
    {
        public ClosureScope(string className, string field)
        {
            ClassName = className;
            Field = field;
        }

        public string ClassName { get; }

        /// <summary>The frame field holding the current instance.</summary>
        public string Field { get; }

        public List<(string Name, string Type)> Members { get; } = new List<(string, string)>();
    }
}
