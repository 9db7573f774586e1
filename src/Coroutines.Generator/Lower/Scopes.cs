using System.Collections.Generic;
using Coroutines.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Lower
{
    /// <summary>An entry of the lowering's jump stack: what break, continue, goto, return and throw; mean where it stands.</summary>
    internal abstract class Scope
    {
    }

    /// <summary>An exploded loop: break and continue become jumps to its labels.</summary>
    internal sealed class LoopScope : Scope
    {
        public LoopScope(SyntaxNode loop, string breakLabel, string continueLabel)
        {
            Loop = loop;
            BreakLabel = breakLabel;
            ContinueLabel = continueLabel;
        }

        public SyntaxNode Loop { get; }

        public string BreakLabel { get; }

        public string ContinueLabel { get; }
    }

    /// <summary>An exploded switch: break leaves it, goto case jumps to a section's label.</summary>
    internal sealed class SwitchScope : Scope
    {
        public SwitchScope(SwitchStatementSyntax statement, string breakLabel, Dictionary<SwitchSectionSyntax, string> sectionLabels)
        {
            Statement = statement;
            BreakLabel = breakLabel;
            SectionLabels = sectionLabels;
        }

        public SwitchStatementSyntax Statement { get; }

        public string BreakLabel { get; }

        public Dictionary<SwitchSectionSyntax, string> SectionLabels { get; }
    }

    /// <summary>
    /// A try whose finally pauses: its finally is lowered into states, so every jump that leaves the try records
    /// where it was going (the pending-completion record) and runs the finally first.
    /// </summary>
    internal sealed class FinallyScope : Scope
    {
        public FinallyScope(TryStatementSyntax statement, string finallyLabel, string nextField, string exceptionField)
        {
            Statement = statement;
            FinallyLabel = finallyLabel;
            NextField = nextField;
            ExceptionField = exceptionField;
        }

        public TryStatementSyntax Statement { get; }

        public string FinallyLabel { get; }

        /// <summary>The field holding which pending jump to take after the finally (0: fall through).</summary>
        public string NextField { get; }

        /// <summary>The field holding the exception to rethrow after the finally.</summary>
        public string ExceptionField { get; }

        /// <summary>The jumps that leave the try, numbered from 1: a label and what it is anchored to (null for return).</summary>
        public List<(string Label, SyntaxNode? Anchor)> PendingJumps { get; } = new List<(string, SyntaxNode?)>();

        public int Register(string label, SyntaxNode? anchor)
        {
            int index = PendingJumps.FindIndex(j => j.Label == label);
            if (index >= 0) return index + 1;
            PendingJumps.Add((label, anchor));
            return PendingJumps.Count;
        }
    }

    /// <summary>A catch whose handler pauses: it runs outside the real catch, so <c>throw;</c> rethrows the saved exception.</summary>
    internal sealed class CatchScope : Scope
    {
        public CatchScope(CatchClauseSyntax clause, string exceptionField)
        {
            Clause = clause;
            ExceptionField = exceptionField;
        }

        public CatchClauseSyntax Clause { get; }

        public string ExceptionField { get; }
    }

    /// <summary>
    /// A block the dispatch can jump into: the method body, or a try block holding resume points. Each resume point
    /// inside is reached by jumping to its label, or to the label of the nested region that holds it.
    /// </summary>
    internal sealed class Region
    {
        public Region(Region? parent, string entryLabel, bool catchesGeneratorExit = false)
        {
            Parent = parent;
            EntryLabel = entryLabel;
            CatchesGeneratorExit = catchesGeneratorExit;
        }

        public Region? Parent { get; }

        /// <summary>Whether a handler of this try could see the GeneratorExitException a close raises (a catch that matches it, or a catch-all).</summary>
        public bool CatchesGeneratorExit { get; }

        /// <summary>How a close of a frame paused in this region takes effect without changing what the body observes.</summary>
        public ClosePath ClosePath
        {
            get
            {
                if (Parent == null) return ClosePath.Quietly;
                for (var region = this; region.Parent != null; region = region.Parent)
                    if (region.CatchesGeneratorExit) return ClosePath.ByException;
                return ClosePath.ByReturn;
            }
        }

        public string EntryLabel { get; }

        public List<(int ResumePoint, string Label)> Entries { get; } = new List<(int, string)>();

        public void Add(int resumePoint, string label)
        {
            Entries.Add((resumePoint, label));
            for (Region child = this, parent = Parent!; parent != null; child = parent, parent = parent.Parent!)
                parent.Entries.Add((resumePoint, child.EntryLabel));
        }
    }
}
