using System;
using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Check;
using Coroutines.Generator.Diagnostics;
using Coroutines.Generator.Emit;
using Coroutines.Generator.Find;
using Coroutines.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Lower
{
    /// <summary>
    /// Turns a coroutine body into the text of its frame's <c>Step</c> method. Only statements that hold a resume
    /// point are exploded into labels and jumps; every other statement is copied as written under a <c>#line</c>
    /// that maps it back to the user's file. The shape of what each construct becomes is sketched above its method.
    /// </summary>
    internal sealed partial class FrameLowerer : IJumpLowering
    {
        private readonly CoroutineSpec spec;
        private readonly SemanticModel model;
        private readonly BodyFacts facts;
        private readonly Hoister hoister;
        private readonly List<DiagnosticInfo> diagnostics;
        private readonly VerbatimRewriter rewriter;
        private readonly List<FieldSpec> temporaries = new List<FieldSpec>();
        private readonly List<(int Number, int Line, ClosePath ClosePath)> resumePoints = new List<(int, int, ClosePath)>();
        /// <summary>For each resume point, the hoisted locals <c>Locals</c> shows while the frame is paused there.</summary>
        private readonly List<HashSet<ISymbol>> shownAt = new List<HashSet<ISymbol>>();
        private readonly List<Scope> scopes = new List<Scope>();
        private readonly Dictionary<LabeledStatementSyntax, string> labelNames = new Dictionary<LabeledStatementSyntax, string>();
        private SourceWriter writer = new SourceWriter(1);
        private Region region = new Region(null, "");
        private int labelCounter;

        /// <summary>Whether the body has a <c>goto label;</c>, which may jump over a declaration into its scope.</summary>
        private bool jumpsToLabels;
        private string? returnField;
        private string? overflowContext;

        public FrameLowerer(CoroutineSpec spec, IMethodSymbol method, SemanticModel model, BodyFacts facts, Hoister hoister, List<DiagnosticInfo> diagnostics)
        {
            this.spec = spec;
            this.model = model;
            this.facts = facts;
            this.hoister = hoister;
            this.diagnostics = diagnostics;
            var frameMembers = new HashSet<string>(Hoister.BaseMemberNames.Concat(hoister.Fields.Select(f => f.Field)).Concat(hoister.ParameterFields));
            rewriter = new VerbatimRewriter(model, hoister.Names, hoister.Hoisted, method.ContainingType, spec.ContainingTypeName, frameMembers, this,
                hoister.CopiedPatternVariables, hoister.ClosureOf);
        }

        public FrameModel Lower(SyntaxNode body)
        {
            var top = region;
            jumpsToLabels = body.DescendantNodes().Any(n => n.IsKind(SyntaxKind.GotoStatement));
            if (body is BlockSyntax block) LowerBlock(block.Statements);
            else LowerExpressionBody((ArrowExpressionClauseSyntax)body);

            var step = new SourceWriter(1);
            step.Hide();
            foreach (var (local, name) in hoister.Fields.Where(f => hoister.InStep.Contains(f.Local)))
                step.Line($"{local.Type.Display()} {name} = default;");
            WriteDispatch(step, top);
            step.Line("ResumeAt = Running;");
            step.Raw(writer.ToString());
            step.Hide();
            step.Line("return false;");

            var scopesOfLocals = hoister.Fields
                .Select(f => new LocalScopeSpec(f.Local.Name, f.Field, resumePoints
                    .Where(r => shownAt[r.Number - 1].Contains(f.Local))
                    .Select(r => new IntValue(r.Number))
                    .ToEquatableArray()))
                .Where(l => l.ResumePoints.Length > 0)
                .ToEquatableArray();
            // A local of Step keeps a field only to be shown by Locals.
            var shown = new HashSet<string>(scopesOfLocals.Select(l => l.FieldName));
            var fields = hoister.Fields
                .Where(f => !hoister.InStep.Contains(f.Local) || shown.Contains(f.Field))
                .Select(f => new FieldSpec(f.Field, f.Local.Type.Display(), null))
                .Concat(temporaries)
                .ToEquatableArray();
            return new FrameModel(
                hoister.ParameterFields.Select(f => new StringValue(f)).ToEquatableArray(),
                fields,
                WithoutUnusedEndLabels(step.ToString()),
                resumePoints.Select(r => new ResumePointSpec(r.Number, r.Line, r.ClosePath)).ToEquatableArray(),
                scopesOfLocals,
                hoister.Closures.Values.Select(c => new ClosureSpec(c.ClassName, c.Field, c.Members.Select(m => new FieldSpec(m.Name, m.Type, null)).ToEquatableArray())).ToEquatableArray());
        }

        /// <summary>
        /// Drops the end labels nothing jumps to (the end of a <c>while (true)</c> without a break, say): the lowering
        /// writes one after every exploded statement before it knows whether a jump will need it.
        /// </summary>
        private static string WithoutUnusedEndLabels(string step) =>
            System.Text.RegularExpressions.Regex.Replace(step, @"^ *(\w+_end):( //[^\n]*)?\n",
                label => step.Contains("goto " + label.Groups[1].Value + ";") ? label.Value : "",
                System.Text.RegularExpressions.RegexOptions.Multiline);

        // ---- statements ---------------------------------------------------------------------------

        private void LowerBlock(IReadOnlyList<StatementSyntax> statements)
        {
            for (int i = 0; i < statements.Count; i++)
            {
                if (statements[i] is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } usingDeclaration)
                {
                    LowerUsingDeclaration(usingDeclaration, statements.Skip(i + 1).ToList());
                    return;
                }
                LowerStatement(statements[i]);
            }
        }

        private void LowerStatement(StatementSyntax statement)
        {
            if (statement.Parent is not CommonForEachStatementSyntax) EnterClosure(statement);
            switch (statement)
            {
                case LocalDeclarationStatementSyntax local:
                    LowerLocalDeclaration(local);
                    return;
                case LabeledStatementSyntax labeled:
                    Glue();
                    writer.Label(LabelName(labeled));
                    LowerStatement(labeled.Statement);
                    return;
                case ExpressionStatementSyntax expression when !facts.Holds(expression) && expression.Expression is AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax }:
                    Verbatim(expression);
                    return;
                case var _ when !facts.Holds(statement):
                    Verbatim(statement);
                    return;
                case BlockSyntax block:
                    LowerBlock(block.Statements);
                    return;
                case CheckedStatementSyntax checkedStatement:
                    var outerOverflow = overflowContext;
                    overflowContext = checkedStatement.Keyword.Text;
                    EnterClosure(checkedStatement.Block);
                    LowerBlock(checkedStatement.Block.Statements);
                    overflowContext = outerOverflow;
                    return;
                case ExpressionStatementSyntax expression:
                    LowerExpressionStatement(expression);
                    return;
                case ReturnStatementSyntax { Expression: InvocationExpressionSyntax call } when facts.ResumePoints.ContainsKey(call):
                    LowerResume(call, value => Return(value));
                    return;
                case ReturnStatementSyntax returnStatement:
                    User(returnStatement, Return(Spill(returnStatement.Expression!)));
                    return;
                case ThrowStatementSyntax throwStatement:
                    User(throwStatement, $"throw {Spill(throwStatement.Expression!)};");
                    return;
                case IfStatementSyntax ifStatement:
                    LowerIf(ifStatement);
                    return;
                case WhileStatementSyntax whileStatement:
                    LowerWhile(whileStatement);
                    return;
                case DoStatementSyntax doStatement:
                    LowerDo(doStatement);
                    return;
                case ForStatementSyntax forStatement:
                    LowerFor(forStatement);
                    return;
                case CommonForEachStatementSyntax forEach:
                    LowerForEach(forEach);
                    return;
                case SwitchStatementSyntax switchStatement:
                    LowerSwitch(switchStatement);
                    return;
                case TryStatementSyntax tryStatement:
                    LowerTry(tryStatement);
                    return;
                case UsingStatementSyntax usingStatement:
                    LowerUsing(usingStatement);
                    return;
                default:
                    // Check diagnoses every construct that cannot hold a resume point; this is a safety net.
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedConstruct, statement.GetFirstToken().GetLocation(),
                        "A statement of kind " + statement.Kind(), "move the resume point out of it"));
                    return;
            }
        }

        /// <summary>
        /// <c>T x = e;</c> with x hoisted becomes <c>x = e;</c>; with a resume point as e, the pause comes first.
        /// Constants and ref-struct locals that never cross a pause stay declarations.
        /// </summary>
        private void LowerLocalDeclaration(LocalDeclarationStatementSyntax local)
        {
            var declarators = local.Declaration.Variables;
            if (local.IsConst || !declarators.Any(d => model.GetDeclaredSymbol(d) is { } s && hoister.Hoisted.Contains(s)))
            {
                Verbatim(local);
                return;
            }
            foreach (var declarator in declarators)
            {
                if (declarator.Initializer == null) continue;
                string field = hoister.Names[model.GetDeclaredSymbol(declarator)!];
                var value = declarator.Initializer.Value;
                if (value is InvocationExpressionSyntax call && facts.ResumePoints.ContainsKey(call))
                {
                    LowerResume(call, resumed => $"{field} = {resumed};");
                    continue;
                }
                string text = Spill(value);
                if (value is InitializerExpressionSyntax)
                    text = "new " + ((ILocalSymbol)model.GetDeclaredSymbol(declarator)!).Type.Display() + " " + text;
                User(declarator, $"{field} = {text};");
            }
        }

        private void LowerExpressionStatement(ExpressionStatementSyntax statement) => LowerStatementExpression(statement.Expression);

        /// <summary>
        /// An expression evaluated for its effect. A resume point alone, or as the value of an assignment to a variable,
        /// reads directly (<c>x = Resumed();</c>); anything else is spilled.
        /// </summary>
        private void LowerStatementExpression(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case InvocationExpressionSyntax call when facts.ResumePoints.ContainsKey(call):
                    LowerResume(call, null);
                    return;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax, Right: InvocationExpressionSyntax call } assignment
                    when facts.ResumePoints.ContainsKey(call) && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    string target = Rewrite(assignment.Left);
                    LowerResume(call, resumed => $"{target} = {resumed};");
                    return;
            }
            string text = Spill(expression);
            // Nothing left to evaluate: the value sits in a variable (a spilled temporary, or the target of ??=).
            if (text.Length == 0 || SyntaxFacts.IsValidIdentifier(text.TrimStart('@'))) return;
            bool isStatement = expression is InvocationExpressionSyntax or AssignmentExpressionSyntax or PostfixUnaryExpressionSyntax
                or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression }
                or ConditionalAccessExpressionSyntax;
            User(expression, isStatement ? text + ";" : $"_ = {text};");
        }

        private void LowerExpressionBody(ArrowExpressionClauseSyntax arrow)
        {
            if (arrow.Expression is InvocationExpressionSyntax call && facts.ResumePoints.ContainsKey(call))
                LowerResume(call, spec.ReturnsValue ? value => Return(value) : null);
            else if (spec.ReturnsValue)
                User(arrow.Expression, Return(Spill(arrow.Expression)));
            else
                LowerStatementExpression(arrow.Expression);
        }

        /// <summary>
        /// A resume point:
        /// <code>
        ///     return YieldValue(value, resumeAt: k);     // or BeginYieldFrom(inner, resumeAt: k)
        /// resume_k:
        ///     x = Resumed();                             // raises what Throw/Close delivered
        /// </code>
        /// </summary>
        private void LowerResume(InvocationExpressionSyntax call, Func<string, string>? useValue)
        {
            var point = facts.ResumePoints[call];
            int number = resumePoints.Count + 1;
            int line = LineOf(call);
            resumePoints.Add((number, line, region.ClosePath));
            var shownHere = LocalsShownAt(call);
            shownAt.Add(shownHere);
            string label = "resume_" + number;
            region.Add(number, label);

            var arguments = call.ArgumentList.Arguments;
            string argument = arguments.Count > 0 ? Spill(arguments[0].Expression) : "";
            // Locals of Step that Locals shows here are copied to their fields on the way out.
            void Pause(string code)
            {
                foreach (var (local, name) in hoister.Fields.Where(f => hoister.InStep.Contains(f.Local) && shownHere.Contains(f.Local)))
                    Glue($"this.{name} = {name};");
                User(call, code);
            }
            string resumed;
            switch (point.Kind)
            {
                case ResumeKind.Yield:
                    Pause($"return YieldValue({argument}, resumeAt: {number});");
                    resumed = "Resumed()";
                    break;
                case ResumeKind.TaskRequest:
                    // The arguments are kept: a request that gives a value reads it from them after the resume.
                    var kept = new List<string>();
                    if (arguments.Count > 0) kept.Add(point.ReturnsValue ? Stored(arguments[0].Expression, argument) : argument);
                    foreach (var more in arguments.Skip(1)) kept.Add(point.ReturnsValue ? Stored(more.Expression) : Spill(more.Expression));
                    string signal = $"global::Coroutines.CoSignal.{point.TaskMethod}({string.Join(", ", kept)})";
                    Pause($"return YieldValue({signal}, resumeAt: {number});");
                    resumed = point.ReturnsValue
                        ? $"global::Coroutines.CoSignal.{point.TaskMethod}Result({string.Join(", ", new[] { "Resumed()" }.Concat(kept))})"
                        : "Resumed()";
                    break;
                case ResumeKind.YieldFromGenerator:
                    string inner = Temporary("__yieldFrom" + number, point.DelegateType + "?", "the generator delegated to at resume point " + number);
                    User(call, $"{inner} = {argument};");
                    Pause($"return BeginYieldFrom({inner}, resumeAt: {number});");
                    resumed = $"EndYieldFrom({inner})";
                    break;
                default:
                    Pause($"return BeginYieldFrom({argument}, resumeAt: {number});");
                    resumed = "EndYieldFrom()";
                    break;
            }
            Glue();
            writer.Label(label, OneLine(call.Ancestors().OfType<StatementSyntax>().FirstOrDefault() ?? (SyntaxNode)call));
            if (region.ClosePath == ClosePath.ByReturn) writer.Line("if (ClosingByReturn()) return false;");
            User(call, useValue == null ? resumed + ";" : useValue(resumed));
        }

        /// <summary>
        /// Python lists a local once it has a value: the hoisted locals in scope at the pause and definitely assigned
        /// there. A local declared with an initializer (or by foreach or catch) is assigned wherever it is in scope, unless
        /// a goto jumps over its declaration; only other locals need the (whole-method) data-flow analysis.
        /// </summary>
        private HashSet<ISymbol> LocalsShownAt(InvocationExpressionSyntax call)
        {
            var inScope = hoister.Fields.Select(f => f.Local).Where(l => hoister.Scopes[l].Contains(call.SpanStart)).ToList();
            if (!jumpsToLabels && inScope.All(AssignedWhereverInScope))
                return new HashSet<ISymbol>(inScope, SymbolEqualityComparer.Default);
            var assigned = model.AnalyzeDataFlow(call) is { Succeeded: true } flow
                ? new HashSet<ISymbol>(flow.DefinitelyAssignedOnEntry, SymbolEqualityComparer.Default)
                : new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            return new HashSet<ISymbol>(inScope.Where(assigned.Contains), SymbolEqualityComparer.Default);
        }

        private static bool AssignedWhereverInScope(ILocalSymbol local) =>
            local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer: not null }
                or CommonForEachStatementSyntax or CatchDeclarationSyntax;

        /// <summary>
        /// <code>
        ///     if (!(condition)) goto if_n_else;
        ///     …then…
        ///     goto if_n_end;
        /// if_n_else:
        ///     …else…
        /// if_n_end:
        /// </code>
        /// </summary>
        private void LowerIf(IfStatementSyntax statement)
        {
            string name = NewLabel("if");
            string elseLabel = statement.Else != null ? name + "_else" : name + "_end";
            User(statement.Condition, $"if (!({Spill(statement.Condition)})) goto {elseLabel};");
            CopyPatternVariables(statement.Condition, statement.Statement);
            LowerStatement(statement.Statement);
            if (statement.Else != null)
            {
                Glue($"goto {name}_end;");
                writer.Label(elseLabel);
                CopyPatternVariables(statement.Condition, statement.Else.Statement);
                LowerStatement(statement.Else.Statement);
            }
            Glue();
            writer.Label(name + "_end");
        }

        /// <summary>
        /// <code>
        /// while_n:
        ///     if (!(condition)) goto while_n_end;
        ///     …body…                  // continue: goto while_n; break: goto while_n_end
        ///     goto while_n;
        /// while_n_end:
        /// </code>
        /// </summary>
        private void LowerWhile(WhileStatementSyntax statement)
        {
            string name = NewLabel("while");
            Glue();
            writer.Label(name, "while (" + OneLine(statement.Condition) + ")");
            if (!IsTrue(statement.Condition))
                User(statement.Condition, $"if (!({Spill(statement.Condition)})) goto {name}_end;");
            CopyPatternVariables(statement.Condition, statement.Statement);
            LowerLoopBody(statement, statement.Statement, name + "_end", name);
            Glue($"goto {name};");
            writer.Label(name + "_end");
        }

        private void LowerDo(DoStatementSyntax statement)
        {
            string name = NewLabel("do");
            Glue();
            writer.Label(name);
            LowerLoopBody(statement, statement.Statement, name + "_end", name + "_continue");
            Glue();
            writer.Label(name + "_continue");
            User(statement.Condition, $"if ({Spill(statement.Condition)}) goto {name};");
            Glue();
            writer.Label(name + "_end");
        }

        /// <summary>
        /// <code>
        ///     i = 0;                  // declarations hoisted, initializers as written
        /// for_n:
        ///     if (!(condition)) goto for_n_end;
        ///     …body…
        /// for_n_continue:
        ///     i++;
        ///     goto for_n;
        /// for_n_end:
        /// </code>
        /// </summary>
        private void LowerFor(ForStatementSyntax statement)
        {
            string name = NewLabel("for");
            if (statement.Declaration != null)
            {
                foreach (var declarator in statement.Declaration.Variables)
                    if (declarator.Initializer != null)
                        User(declarator, $"{hoister.Names[model.GetDeclaredSymbol(declarator)!]} = {Spill(declarator.Initializer.Value)};");
            }
            foreach (var initializer in statement.Initializers)
                LowerStatementExpression(initializer);
            Glue();
            writer.Label(name, Header(statement, statement.CloseParenToken));
            if (statement.Condition != null && !IsTrue(statement.Condition))
                User(statement.Condition, $"if (!({Spill(statement.Condition)})) goto {name}_end;");
            if (statement.Condition != null) CopyPatternVariables(statement.Condition, statement.Statement);
            LowerLoopBody(statement, statement.Statement, name + "_end", name + "_continue");
            Glue();
            writer.Label(name + "_continue");
            foreach (var incrementor in statement.Incrementors)
                LowerStatementExpression(incrementor);
            Glue($"goto {name};");
            writer.Label(name + "_end");
        }

        /// <summary>Copies the condition's pattern variables that are definitely assigned where <paramref name="branch"/> begins into their fields.</summary>
        private void CopyPatternVariables(ExpressionSyntax condition, StatementSyntax branch)
        {
            var copies = hoister.CopiedPatternVariables.Where(c => c.Value.Condition == condition).ToList();
            if (copies.Count == 0) return;
            var flow = model.AnalyzeDataFlow(branch);
            foreach (var copy in copies)
                if (flow != null && flow.Succeeded && flow.DefinitelyAssignedOnEntry.Contains(copy.Key))
                    Glue($"{hoister.Names[copy.Key]} = {copy.Value.Local};");
        }

        private void LowerLoopBody(SyntaxNode loop, StatementSyntax body, string breakLabel, string continueLabel)
        {
            scopes.Add(new LoopScope(loop, breakLabel, continueLabel));
            LowerStatement(body);
            scopes.RemoveAt(scopes.Count - 1);
        }

        /// <summary>
        /// The real switch only dispatches; the sections run after it, so they may pause:
        /// <code>
        ///     switch (value)
        ///     {
        ///         case 1 when ok: goto switch_n_case_0;
        ///         default: goto switch_n_case_1;
        ///     }
        /// switch_n_case_0:
        ///     …                       // break: goto switch_n_end
        /// switch_n_end:
        /// </code>
        /// </summary>
        private void LowerSwitch(SwitchStatementSyntax statement)
        {
            string name = NewLabel("switch");
            var sectionLabels = new Dictionary<SwitchSectionSyntax, string>();
            for (int i = 0; i < statement.Sections.Count; i++) sectionLabels[statement.Sections[i]] = $"{name}_case_{i}";

            // In a checked block the subject and the when clauses are evaluated in the dispatch, so they keep the context there.
            string subject = Spill(statement.Expression);
            User(statement.Expression, overflowContext != null ? $"switch ({overflowContext}({subject}))" : $"switch ({subject})", isStatement: false);
            Glue();
            writer.Line("{");
            foreach (var section in statement.Sections)
            {
                foreach (var label in section.Labels)
                    writer.Line("    " + (overflowContext != null && label is CasePatternSwitchLabelSyntax { WhenClause: { } when } pattern
                        ? $"case {Rewrite(pattern.Pattern)} when {overflowContext}({Rewrite(when.Condition)}):"
                        : Rewrite(label)));
                var copies = section.Labels.Count == 1
                    ? section.Labels[0].DescendantNodes().OfType<SingleVariableDesignationSyntax>()
                        .Select(d => model.GetDeclaredSymbol(d))
                        .Where(s => s != null && hoister.Hoisted.Contains(s))
                        .Select(s => hoister.Names[s!])
                    : Enumerable.Empty<string>();
                foreach (var field in copies) writer.Line($"        this.{field} = {field};");
                writer.Line($"        goto {sectionLabels[section]};");
            }
            writer.Line("}");
            if (!statement.Sections.Any(s => s.Labels.Any(l => l is DefaultSwitchLabelSyntax)))
                Glue($"goto {name}_end;");

            scopes.Add(new SwitchScope(statement, name + "_end", sectionLabels));
            foreach (var section in statement.Sections)
            {
                Glue();
                writer.Label(sectionLabels[section], OneLine(section.Labels[0]));
                EnterClosure(section);
                LowerBlock(section.Statements);
            }
            scopes.RemoveAt(scopes.Count - 1);
            Glue();
            writer.Label(name + "_end");
        }

        // ---- writing --------------------------------------------------------------------------------

        /// <summary>Entering a loop body scope whose variables lambdas capture makes those variables anew.</summary>
        private void EnterClosure(SyntaxNode scope)
        {
            if (hoister.Closures.TryGetValue(scope, out var closure))
                Glue($"{closure.Field} = new {closure.ClassName}();");
        }

        /// <summary>A statement that holds no resume point, copied as written (with only the rewrites the frame needs).</summary>
        private void Verbatim(StatementSyntax statement) => User(statement, Rewrite(statement));

        private string Rewrite(SyntaxNode node) => Dedent(rewriter.Rewrite(node), node);

        /// <summary>
        /// Writes user code mapped to the line where <paramref name="node"/> starts. Inside an exploded checked or
        /// unchecked block, each complete statement keeps that context.
        /// </summary>
        /// <param name="isStatement">False for a header whose body follows (a switch's dispatch, a catch clause).</param>
        private void User(SyntaxNode node, string code, bool captureClosures = true, bool isStatement = true)
        {
            if (captureClosures) code = CaptureClosures(code);
            if (overflowContext != null && isStatement && node is not LocalDeclarationStatementSyntax
                && (code.EndsWith(";", System.StringComparison.Ordinal) || code.EndsWith("}", System.StringComparison.Ordinal)))
                code = overflowContext + " { " + code + " }";
            writer.MapTo(LineOf(node), spec.FilePath);
            writer.Lines(code);
        }

        /// <summary>
        /// A lambda that captures per-iteration variables reads them through <c>__closureN_</c>, a local copy of this
        /// iteration's closure made just before the statement, so it keeps this iteration's variables.
        /// </summary>
        private string CaptureClosures(string code)
        {
            var captured = hoister.Closures.Values.Where(c => code.Contains(c.Field + "_.")).ToList();
            if (captured.Count == 0) return code;
            // A label stays outside the block, where gotos can reach it.
            var label = System.Text.RegularExpressions.Regex.Match(code, @"^(\s*@?\w+\s*:(?!:)\s*)+");
            return label.Value + "{ " + string.Join(" ", captured.Select(c => $"var {c.Field}_ = {c.Field};")) + " " + code.Substring(label.Length) + " }";
        }

        /// <summary>Writes generated glue, which the debugger steps over.</summary>
        private void Glue(string? code = null)
        {
            writer.Hide();
            if (code != null) writer.Line(code);
        }

        private string NewLabel(string kind) => kind + "_" + ++labelCounter;

        private string LabelName(LabeledStatementSyntax labeled)
        {
            if (!labelNames.TryGetValue(labeled, out var name))
                labelNames[labeled] = name = hoister.Unique(labeled.Identifier.ValueText);
            return name;
        }

        private string Temporary(string name, string type, string? comment)
        {
            temporaries.Add(new FieldSpec(name, type, comment));
            return name;
        }

        private static void WriteDispatch(SourceWriter target, Region region)
        {
            if (region.Entries.Count == 0) return;
            target.Line("switch (ResumeAt)");
            target.Line("{");
            foreach (var group in region.Entries.GroupBy(e => e.Label))
                target.Line("    " + string.Join(" ", group.Select(e => $"case {e.ResumePoint}:")) + $" goto {group.Key};");
            target.Line("}");
        }

        private static int LineOf(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

        private static bool IsTrue(ExpressionSyntax condition) => condition.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.TrueLiteralExpression);

        /// <summary>A loop's header, as the user wrote it, for the comment at its label.</summary>
        private static string Header(StatementSyntax statement, SyntaxToken closeParen) =>
            OneLineText(statement.ToString().Substring(0, closeParen.Span.End - statement.SpanStart));

        private static string OneLine(SyntaxNode node) => OneLineText(node.ToString());

        private static string OneLineText(string source)
        {
            var text = string.Join(" ", source.Split('\n').Select(l => l.Trim()));
            return text.Length > 80 ? text.Substring(0, 77) + "..." : text;
        }

        /// <summary>Removes the indentation the node had in the user's file from its continuation lines.</summary>
        private static string Dedent(string text, SyntaxNode node)
        {
            if (text.IndexOf('\n') < 0) return text;
            int column = node.GetLocation().GetLineSpan().StartLinePosition.Character;
            var lines = text.Split('\n');
            for (int i = 1; i < lines.Length; i++)
            {
                int strip = 0;
                while (strip < column && strip < lines[i].Length && lines[i][strip] == ' ') strip++;
                lines[i] = lines[i].Substring(strip).TrimEnd('\r');
            }
            return string.Join("\n", lines);
        }
    }
}
