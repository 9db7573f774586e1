using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Coroutines.Generator.Diagnostics.Analyzers
{
    /// <summary>A look at a method's tokens before the send analyzers register anything for it.</summary>
    internal static class SendSyntax
    {
        /// <summary>True when the code names <c>Send</c> or <c>TrySend</c> somewhere: only then can it send to a generator.</summary>
        public static bool Mentioned(ImmutableArray<IOperation> blocks)
        {
            foreach (var block in blocks)
                foreach (var token in block.Syntax.DescendantTokens())
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText is "Send" or "TrySend")
                    {
                        AnalysisCounters.CountSendBlock();
                        return true;
                    }
            return false;
        }
    }
}
