using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Lower
{
    /// <summary>
    /// Jumps: break, continue, goto, return and throw; that leave copied code land on the lowering's labels, and
    /// every jump that leaves a try whose finally pauses goes through that finally first (the leap stack).
    /// </summary>
    internal sealed partial class FrameLowerer
    {
        /// <summary>The pseudo-label of a pending return.</summary>
        private const string ReturnLabel = "<return>";

        public string? Break(SyntaxNode target) => scopes.Select(s => s switch
        {
            LoopScope loop when loop.Loop == target => JumpCode(loop.BreakLabel, target),
            SwitchScope switchScope when switchScope.Statement == target => JumpCode(switchScope.BreakLabel, target),
            _ => null,
        }).LastOrDefault(code => code != null);

        public string? Continue(SyntaxNode target) =>
            scopes.OfType<LoopScope>().Where(l => l.Loop == target).Select(l => JumpCode(l.ContinueLabel, target)).LastOrDefault();

        public string Return(string? value)
        {
            var finallyScope = scopes.OfType<FinallyScope>().LastOrDefault();
            if (finallyScope == null)
                return value == null || !spec.ReturnsValue ? "return false;" : $"return ReturnValue({value});";
            string store = "";
            if (value != null && spec.ReturnsValue)
            {
                returnField ??= Temporary("__returnValue", spec.ReturnType, "the value of a return waiting for a finally");
                store = $"{returnField} = {value}; ";
            }
            return $"{{ {store}{finallyScope.NextField} = {finallyScope.Register(ReturnLabel, null)}; goto {finallyScope.FinallyLabel}; }}";
        }

        public string? GotoLabel(LabeledStatementSyntax label) => JumpCode(LabelName(label), label);

        public string? GotoCase(SwitchStatementSyntax switchStatement, GotoStatementSyntax statement)
        {
            var scope = scopes.OfType<SwitchScope>().LastOrDefault(s => s.Statement == switchStatement);
            if (scope == null) return null;
            SwitchSectionSyntax? section;
            if (statement.IsKind(SyntaxKind.GotoDefaultStatement))
            {
                section = switchStatement.Sections.FirstOrDefault(s => s.Labels.Any(l => l is DefaultSwitchLabelSyntax));
            }
            else
            {
                var wanted = model.GetConstantValue(statement.Expression!);
                section = switchStatement.Sections.FirstOrDefault(s => s.Labels.OfType<CaseSwitchLabelSyntax>()
                    .Any(l => model.GetConstantValue(l.Value) is { HasValue: true } value && wanted.HasValue && Equals(value.Value, wanted.Value)));
            }
            return section == null ? null : JumpCode(scope.SectionLabels[section], switchStatement);
        }

        public string? Rethrow(CatchClauseSyntax catchClause) =>
            scopes.OfType<CatchScope>().Where(c => c.Clause == catchClause).Select(c => $"throw Rethrow({c.ExceptionField}!);").LastOrDefault();

        /// <summary>
        /// A jump to <paramref name="label"/>, whose target lies at <paramref name="anchor"/>: through the innermost
        /// pausing finally it leaves, else straight there.
        /// </summary>
        private string JumpCode(string label, SyntaxNode? anchor)
        {
            for (int i = scopes.Count - 1; i >= 0; i--)
            {
                if (scopes[i] is FinallyScope finallyScope && (anchor == null || !finallyScope.Statement.Span.Contains(anchor.Span)))
                    return $"{{ {finallyScope.NextField} = {finallyScope.Register(label, anchor)}; goto {finallyScope.FinallyLabel}; }}";
            }
            return $"goto {label};";
        }

        /// <summary>A pending return, after a pausing finally: on through the next one, or out.</summary>
        private string ReturnStored()
        {
            var finallyScope = scopes.OfType<FinallyScope>().LastOrDefault();
            if (finallyScope != null)
                return $"{{ {finallyScope.NextField} = {finallyScope.Register(ReturnLabel, null)}; goto {finallyScope.FinallyLabel}; }}";
            return returnField != null ? $"return ReturnValue({returnField});" : "return false;";
        }
    }
}
