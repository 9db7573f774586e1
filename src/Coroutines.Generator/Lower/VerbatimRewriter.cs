using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Lower
{
    /// <summary>How the lowering turns a jump that leaves a verbatim statement into frame code.</summary>
    internal interface IJumpLowering
    {
        /// <summary>Code for <c>break</c> out of <paramref name="target"/> (a loop or switch), or null to keep it.</summary>
        string? Break(SyntaxNode target);

        /// <summary>Code for <c>continue</c> of <paramref name="target"/>, or null to keep it.</summary>
        string? Continue(SyntaxNode target);

        /// <summary>Code for <c>return</c> with the (already rewritten) value, or none.</summary>
        string Return(string? value);

        /// <summary>Code for <c>goto</c> to a label the lowering placed, or null to keep it.</summary>
        string? GotoLabel(LabeledStatementSyntax label);

        /// <summary>Code for <c>goto case</c>/<c>goto default</c> in an exploded switch, or null to keep it.</summary>
        string? GotoCase(SwitchStatementSyntax switchStatement, GotoStatementSyntax statement);

        /// <summary>Code for <c>throw;</c> in an exploded catch, or null to keep it.</summary>
        string? Rethrow(CatchClauseSyntax catchClause);
    }

    /// <summary>
    /// Copies a statement or expression that holds no resume point as the user wrote it, changing only what must
    /// change inside the frame: renamed and hoisted variables, <c>this</c> and implicit instance members (through
    /// the <c>@this</c> field), names the frame's own members would hide, and jumps that leave the copied code.
    /// </summary>
    internal sealed class VerbatimRewriter : CSharpSyntaxRewriter
    {
        private readonly SemanticModel model;
        private readonly IReadOnlyDictionary<ISymbol, string> names;
        private readonly ISet<ISymbol> hoisted;
        private readonly INamedTypeSymbol containingType;
        private readonly string containingTypeName;
        private readonly ISet<string> frameMemberNames;
        private readonly IJumpLowering jumps;
        private readonly IReadOnlyDictionary<ISymbol, (string Local, ExpressionSyntax Condition)> copiedPatternVariables;
        private readonly IReadOnlyDictionary<ISymbol, ClosureScope> closureOf;
        private SyntaxNode root = null!;

        public VerbatimRewriter(SemanticModel model, IReadOnlyDictionary<ISymbol, string> names, ISet<ISymbol> hoisted,
            INamedTypeSymbol containingType, string containingTypeName, ISet<string> frameMemberNames, IJumpLowering jumps,
            IReadOnlyDictionary<ISymbol, (string Local, ExpressionSyntax Condition)> copiedPatternVariables,
            IReadOnlyDictionary<ISymbol, ClosureScope> closureOf)
        {
            this.closureOf = closureOf;
            this.copiedPatternVariables = copiedPatternVariables;
            this.model = model;
            this.names = names;
            this.hoisted = hoisted;
            this.containingType = containingType;
            this.containingTypeName = containingTypeName;
            this.frameMemberNames = frameMemberNames;
            this.jumps = jumps;
        }

        /// <summary>The rewritten text of <paramref name="node"/>, without its outer trivia.</summary>
        public string Rewrite(SyntaxNode node)
        {
            root = node;
            return Visit(node)!.WithoutTrivia().ToFullString();
        }

        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
        {
            if (IsMemberName(node)) return node;
            var symbol = model.GetSymbolInfo(node).Symbol;
            if (symbol == null) return node;
            if (copiedPatternVariables.TryGetValue(symbol, out var copied) && copied.Condition.Span.Contains(node.Span))
                return node.WithIdentifier(SyntaxFactory.Identifier(copied.Local).WithTriviaFrom(node.Identifier));
            if (closureOf.TryGetValue(symbol, out var closure) && InNestedFunction(node))
                return node.WithIdentifier(SyntaxFactory.Identifier(closure.Field + "_" + names[symbol].Substring(closure.Field.Length)).WithTriviaFrom(node.Identifier));
            if (names.TryGetValue(symbol, out var renamed))
                return renamed == node.Identifier.ValueText ? node : node.WithIdentifier(SyntaxFactory.Identifier(renamed).WithTriviaFrom(node.Identifier));
            if (symbol is IFieldSymbol or IPropertySymbol or IMethodSymbol { MethodKind: not (MethodKind.LocalFunction or MethodKind.AnonymousFunction) } or IEventSymbol
                && symbol.ContainingType != null && IsOwnMember(symbol))
            {
                if (!symbol.IsStatic)
                    return SyntaxFactory.ParseExpression("@this." + node.Identifier.Text).WithTriviaFrom(node);
                if (frameMemberNames.Contains(node.Identifier.ValueText))
                    return SyntaxFactory.ParseExpression(containingTypeName + "." + node.Identifier.Text).WithTriviaFrom(node);
            }
            if (symbol is INamedTypeSymbol type && frameMemberNames.Contains(node.Identifier.ValueText))
                return SyntaxFactory.ParseExpression(type.ToDisplayString(Find.SymbolFormats.Qualified)).WithTriviaFrom(node);
            return node;
        }

        public override SyntaxNode? VisitGenericName(GenericNameSyntax node)
        {
            var visited = (GenericNameSyntax)base.VisitGenericName(node)!;
            if (IsMemberName(node)) return visited;
            var symbol = model.GetSymbolInfo(node).Symbol;
            if (symbol is IMethodSymbol { IsStatic: false, MethodKind: not MethodKind.LocalFunction } && IsOwnMember(symbol))
                return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.IdentifierName("@this"), visited.WithoutTrivia()).WithTriviaFrom(node);
            return visited;
        }

        /// <summary><c>co.Now</c> on a task context reads the running scheduler: <c>CoSignal.Now</c>.</summary>
        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        {
            if (node.Expression is IdentifierNameSyntax identifier && model.GetSymbolInfo(identifier).Symbol is IParameterSymbol parameter
                && Check.ShapeChecker.ContextType(parameter.Type) != null && Check.BodyChecker.IsTaskContextProperty(identifier, model))
                return SyntaxFactory.ParseExpression("(global::Coroutines.CoSignal." + node.Name.Identifier.Text + ")").WithTriviaFrom(node);
            return base.VisitMemberAccessExpression(node);
        }

        public override SyntaxNode? VisitThisExpression(ThisExpressionSyntax node) =>
            SyntaxFactory.IdentifierName("@this").WithTriviaFrom(node);

        public override SyntaxNode? VisitSingleVariableDesignation(SingleVariableDesignationSyntax node)
        {
            var symbol = model.GetDeclaredSymbol(node);
            if (symbol != null && copiedPatternVariables.TryGetValue(symbol, out var copied))
                return node.WithIdentifier(SyntaxFactory.Identifier(copied.Local).WithTriviaFrom(node.Identifier));
            if (symbol != null && names.TryGetValue(symbol, out var renamed) && renamed != node.Identifier.ValueText)
                return node.WithIdentifier(SyntaxFactory.Identifier(renamed).WithTriviaFrom(node.Identifier));
            return node;
        }

        /// <summary><c>out var x</c> and <c>var (a, b) = …</c> whose variables live in the frame become references to the fields.</summary>
        public override SyntaxNode? VisitDeclarationExpression(DeclarationExpressionSyntax node)
        {
            var designations = node.Designation.DescendantNodesAndSelf().OfType<SingleVariableDesignationSyntax>().ToList();
            if (designations.Count == 0 || !designations.All(d => model.GetDeclaredSymbol(d) is { } s && hoisted.Contains(s)))
                return base.VisitDeclarationExpression(node);
            return FieldReference(node.Designation).WithTriviaFrom(node);
        }

        private ExpressionSyntax FieldReference(VariableDesignationSyntax designation) => designation switch
        {
            SingleVariableDesignationSyntax single => SyntaxFactory.IdentifierName(names[model.GetDeclaredSymbol(single)!]),
            ParenthesizedVariableDesignationSyntax list => SyntaxFactory.TupleExpression(
                SyntaxFactory.SeparatedList(list.Variables.Select(v => SyntaxFactory.Argument(FieldReference(v))))),
            _ => SyntaxFactory.IdentifierName("_"),
        };

        /// <summary>
        /// C# forbids a goto forward past a using declaration (CS8648), though break may pass one. Where copied code has
        /// jumps, which may become gotos, its using declarations become using statements over the rest of their block.
        /// </summary>
        public override SyntaxNode? VisitBlock(BlockSyntax node)
        {
            var visited = (BlockSyntax)base.VisitBlock(node)!;
            if (!visited.Statements.Any(IsUsingDeclaration)
                || !root.DescendantNodesAndSelf().Any(n => n is BreakStatementSyntax or ContinueStatementSyntax or GotoStatementSyntax or ReturnStatementSyntax))
                return visited;
            return visited.WithStatements(SyntaxFactory.List(NestUsingDeclarations(visited.Statements.ToList())));
        }

        private static bool IsUsingDeclaration(StatementSyntax statement) =>
            statement is LocalDeclarationStatementSyntax local && local.UsingKeyword.IsKind(SyntaxKind.UsingKeyword);

        private static List<StatementSyntax> NestUsingDeclarations(List<StatementSyntax> statements)
        {
            int index = statements.FindIndex(IsUsingDeclaration);
            if (index < 0) return statements;
            var declaration = (LocalDeclarationStatementSyntax)statements[index];
            var rest = NestUsingDeclarations(statements.Skip(index + 1).ToList());
            var nested = SyntaxFactory.UsingStatement(declaration.Declaration, null, SyntaxFactory.Block(rest))
                .WithLeadingTrivia(declaration.GetLeadingTrivia());
            return statements.Take(index).Append(nested).ToList();
        }

        public override SyntaxNode? VisitBreakStatement(BreakStatementSyntax node) =>
            Replace(node, JumpTarget(node, breakable: true) is { } target && !Inside(target) ? jumps.Break(target) : null);

        public override SyntaxNode? VisitContinueStatement(ContinueStatementSyntax node) =>
            Replace(node, JumpTarget(node, breakable: false) is { } target && !Inside(target) ? jumps.Continue(target) : null);

        public override SyntaxNode? VisitReturnStatement(ReturnStatementSyntax node)
        {
            if (InNestedFunction(node)) return base.VisitReturnStatement(node);
            var value = node.Expression == null ? null : Visit(node.Expression)!.WithoutTrivia().ToFullString();
            return Replace(node, jumps.Return(value));
        }

        public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node)
        {
            if (InNestedFunction(node)) return node;
            if (node.IsKind(SyntaxKind.GotoStatement))
            {
                var label = model.GetSymbolInfo(node.Expression!).Symbol?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as LabeledStatementSyntax;
                return Replace(node, label != null && !Inside(label) ? jumps.GotoLabel(label) : null);
            }
            var switchStatement = node.Ancestors().OfType<SwitchStatementSyntax>().FirstOrDefault();
            return Replace(node, switchStatement != null && !Inside(switchStatement) ? jumps.GotoCase(switchStatement, node) : null);
        }

        public override SyntaxNode? VisitThrowStatement(ThrowStatementSyntax node)
        {
            if (node.Expression != null || InNestedFunction(node)) return base.VisitThrowStatement(node);
            var catchClause = node.Ancestors().OfType<CatchClauseSyntax>().FirstOrDefault();
            return Replace(node, catchClause != null && !Inside(catchClause) ? jumps.Rethrow(catchClause) : null);
        }

        private SyntaxNode? Replace(StatementSyntax node, string? replacement) =>
            replacement == null ? node : SyntaxFactory.ParseStatement(replacement).WithTriviaFrom(node);

        private bool Inside(SyntaxNode node) => root.Span.Contains(node.Span) && root != node;

        private static bool InNestedFunction(SyntaxNode node) =>
            node.Ancestors().TakeWhile(a => a is not MethodDeclarationSyntax).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

        /// <summary>The loop (or, for break, loop or switch) a break/continue leaves; null inside a lambda.</summary>
        private static SyntaxNode? JumpTarget(SyntaxNode jump, bool breakable)
        {
            foreach (var ancestor in jump.Ancestors())
            {
                switch (ancestor)
                {
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MethodDeclarationSyntax:
                        return null;
                    case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax:
                        return ancestor;
                    case SwitchStatementSyntax when breakable:
                        return ancestor;
                }
            }
            return null;
        }

        /// <summary>True where a name is looked up on something else: after a dot, in an initializer, as a named argument.</summary>
        private static bool IsMemberName(SimpleNameSyntax node) => node.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Name == node,
            MemberBindingExpressionSyntax => true,
            QualifiedNameSyntax qualified => qualified.Right == node,
            NameColonSyntax or NameEqualsSyntax => true,
            AssignmentExpressionSyntax assignment => assignment.Left == node && assignment.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression or (int)SyntaxKind.WithInitializerExpression },
            _ => false,
        };

        private bool IsOwnMember(ISymbol symbol)
        {
            for (var type = containingType; type != null; type = type.BaseType)
                if (SymbolEqualityComparer.Default.Equals(type, symbol.ContainingType.OriginalDefinition)
                    || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbol.ContainingType.OriginalDefinition))
                    return true;
            for (var outer = containingType.ContainingType; outer != null; outer = outer.ContainingType)
                if (SymbolEqualityComparer.Default.Equals(outer.OriginalDefinition, symbol.ContainingType.OriginalDefinition))
                    return symbol.IsStatic;
            return false;
        }
    }
}
