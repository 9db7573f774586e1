using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coroutines.Generator.Diagnostics.Analyzers
{
    /// <summary>
    /// Finds the sends that can reach a coroutine nobody has resumed yet: a forward "may be unprimed" analysis over a
    /// method's <see cref="ControlFlowGraph"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The state holds one bit per tracked variable: set when, on some path to this point, the variable holds a coroutine
    /// fresh from a factory that nothing has resumed since. Paths join by union. An assignment from an unprimed factory
    /// sets the bit. Priming (Next, TryNext, MoveNext, Send(null) on a nullable or reference send type, foreach, Throw,
    /// Close, Dispose), reading <c>State</c> (the code then decides itself), any other assignment, and every use the
    /// analysis does not understand clear it: past an escape (an argument, a field, a collection, a return, another
    /// variable) nothing is reported on that path. A send while the bit is set is reported and then clears it: after a
    /// send returns, the coroutine has run.
    /// </para>
    /// <para>
    /// Tracked variables are the method's locals that are assigned something that may be a fresh coroutine, minus those a
    /// lambda or local function captures (they can be resumed from anywhere, at any time) and those a ref local aliases;
    /// plus the graph's flow captures, which carry values through <c>?:</c>, <c>??</c> and <c>?.</c>. A capture of a
    /// tracked local is an alias of it.
    /// </para>
    /// <para>
    /// Exceptions: every operation inside a <c>try</c> may throw, so the state in which it can throw flows to each handler
    /// of every enclosing <c>try</c>. That state is the intersection of the states before and after the operation: a
    /// coroutine the operation primes is primed if it throws (it started running), and one the operation creates is not
    /// there if it throws. A branch that leaves through <c>finally</c> blocks applies their summaries on its way; a
    /// <c>finally</c>'s own entry state joins everything that may enter it, for reporting sends inside it.
    /// </para>
    /// </remarks>
    internal sealed class PrimingFlow
    {
        /// <summary>Reports a send: the invocation, how to name its receiver, and the factory that made it when only one can have.</summary>
        public delegate void Reporter(IInvocationOperation send, string receiver, IMethodSymbol? factory);

        private static readonly HashSet<string> Harmless = new HashSet<string> { "ToString", "GetHashCode", "Equals", "GetType" };

        private readonly ControlFlowGraph graph;
        private readonly CoroutineSymbols symbols;
        private readonly HashSet<ILocalSymbol> untrackable;
        private readonly Dictionary<ILocalSymbol, int> localBits = new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default);
        private readonly Dictionary<CaptureId, int> captureBits = new Dictionary<CaptureId, int>();
        private readonly Dictionary<CaptureId, HashSet<ILocalSymbol>> aliases = new Dictionary<CaptureId, HashSet<ILocalSymbol>>();
        private readonly Dictionary<int, HashSet<IMethodSymbol>> origins = new Dictionary<int, HashSet<IMethodSymbol>>();
        private readonly Dictionary<ControlFlowRegion, (BitSet Created, BitSet Kept)> summaries = new Dictionary<ControlFlowRegion, (BitSet, BitSet)>();
        private readonly CancellationToken cancellationToken;
        private int width;

        private PrimingFlow(ControlFlowGraph graph, CoroutineSymbols symbols, HashSet<ILocalSymbol> untrackable, CancellationToken cancellationToken)
        {
            this.graph = graph;
            this.symbols = symbols;
            this.untrackable = untrackable;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>Analyzes <paramref name="graph"/> and the graphs of the lambdas and local functions inside it.</summary>
        public static void Analyze(ControlFlowGraph graph, CoroutineSymbols symbols, Reporter report, CancellationToken cancellationToken)
        {
            var untrackable = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            FindUntrackable(graph.OriginalOperation, null, untrackable);
            AnalyzeGraph(graph, symbols, untrackable, report, cancellationToken);
        }

        private static void AnalyzeGraph(ControlFlowGraph graph, CoroutineSymbols symbols, HashSet<ILocalSymbol> untrackable, Reporter report, CancellationToken cancellationToken)
        {
            AnalysisCounters.CountGraph();
            new PrimingFlow(graph, symbols, untrackable, cancellationToken).Run(report);
            foreach (var function in graph.LocalFunctions)
                AnalyzeGraph(graph.GetLocalFunctionControlFlowGraph(function, cancellationToken), symbols, untrackable, report, cancellationToken);
            foreach (var lambda in graph.Blocks.SelectMany(Operations).SelectMany(Descendants).OfType<IFlowAnonymousFunctionOperation>())
                AnalyzeGraph(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken), symbols, untrackable, report, cancellationToken);
        }

        /// <summary>Locals a lambda or local function captures, and locals a ref local aliases: their coroutines are not followed.</summary>
        private static void FindUntrackable(IOperation? operation, IMethodSymbol? function, HashSet<ILocalSymbol> untrackable)
        {
            if (operation == null) return;
            switch (operation)
            {
                case IAnonymousFunctionOperation lambda:
                    function = lambda.Symbol;
                    break;
                case ILocalFunctionOperation local:
                    function = local.Symbol;
                    break;
                case ILocalReferenceOperation reference:
                    if (function != null && !SymbolEqualityComparer.Default.Equals(reference.Local.ContainingSymbol, function))
                        untrackable.Add(reference.Local);
                    if (reference.Local.IsRef || IsRefTaken(reference))
                        untrackable.Add(reference.Local);
                    break;
            }
            foreach (var child in operation.ChildOperations)
                FindUntrackable(child, function, untrackable);
        }

        private static bool IsRefTaken(ILocalReferenceOperation reference) => reference.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } } => true,
            ISimpleAssignmentOperation { IsRef: true } assignment => assignment.Value == reference,
            _ => false,
        };

        // ---- discovery ------------------------------------------------------------------------------------

        private void Discover()
        {
            var all = graph.Blocks.SelectMany(Operations).SelectMany(Descendants).ToList();
            foreach (var assignment in all.OfType<ISimpleAssignmentOperation>())
                if (assignment.Target is ILocalReferenceOperation target && Trackable(target.Local) && MayBeFresh(assignment.Value) && !localBits.ContainsKey(target.Local))
                    localBits.Add(target.Local, width++);

            var capturesOfValues = all.OfType<IFlowCaptureOperation>().ToList();
            for (bool changed = true; changed;)
            {
                changed = false;
                foreach (var capture in capturesOfValues)
                {
                    var aliased = Unwrap(capture.Value) switch
                    {
                        ILocalReferenceOperation local when localBits.ContainsKey(local.Local) => new[] { local.Local },
                        IFlowCaptureReferenceOperation inner when aliases.TryGetValue(inner.Id, out var set) => set.ToArray(),
                        _ => null,
                    };
                    if (aliased == null) continue;
                    if (!aliases.TryGetValue(capture.Id, out var locals)) aliases.Add(capture.Id, locals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));
                    foreach (var local in aliased) changed |= locals.Add(local);
                }
            }
            foreach (var capture in capturesOfValues)
                if (!aliases.ContainsKey(capture.Id) && MayBeFresh(capture.Value) && !captureBits.ContainsKey(capture.Id))
                    captureBits.Add(capture.Id, width++);

            // Which factory each variable's coroutine can come from, so the report can offer [Coroutine(Primed = true)].
            foreach (var capture in capturesOfValues)
                if (captureBits.TryGetValue(capture.Id, out int bit)) AddOrigins(bit, capture.Value);
            foreach (var assignment in all.OfType<ISimpleAssignmentOperation>())
                if (assignment.Target is ILocalReferenceOperation target && localBits.TryGetValue(target.Local, out int bit)) AddOrigins(bit, assignment.Value);
        }

        private void AddOrigins(int bit, IOperation value)
        {
            if (!origins.TryGetValue(bit, out var set)) origins.Add(bit, set = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default));
            switch (Unwrap(value))
            {
                case IInvocationOperation call when symbols.FactoryOf(call.TargetMethod) is { Primed: false }:
                    set.Add(call.TargetMethod.OriginalDefinition);
                    break;
                case IFlowCaptureReferenceOperation capture when captureBits.TryGetValue(capture.Id, out int captured) && origins.TryGetValue(captured, out var from):
                    set.UnionWith(from);
                    break;
            }
        }

        private bool Trackable(ILocalSymbol local) => !local.IsRef && !untrackable.Contains(local);

        private bool MayBeFresh(IOperation value) => Unwrap(value) switch
        {
            IInvocationOperation call => symbols.FactoryOf(call.TargetMethod) is { Primed: false },
            IFlowCaptureReferenceOperation => true,
            _ => false,
        };

        /// <summary>Looks through conversions that keep the object (reference, identity, boxing), not user-defined ones.</summary>
        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion) operation = conversion.Operand;
            return operation;
        }

        // ---- the fixed point ------------------------------------------------------------------------------

        private void Run(Reporter report)
        {
            Discover();
            var entry = graph.Blocks[0];
            var states = Solve(entry.Ordinal, new BitSet(width), scope: null, exits: null);
            var reported = new HashSet<SyntaxNode>();
            foreach (var block in graph.Blocks)
            {
                if (states[block.Ordinal] is not { } state) continue;
                state = state.Clone();
                foreach (var operation in Operations(block))
                    Visit(operation, state, (send, receiver, factory) =>
                    {
                        if (reported.Add(send.Syntax)) report(send, receiver, factory);
                    });
            }
        }

        /// <summary>
        /// Runs the analysis from <paramref name="start"/> until nothing changes; returns the entry state of every block
        /// reached (null for the others). With a <paramref name="scope"/> (a finally region) it stays inside it, and
        /// <paramref name="exits"/> collects the states in which the region completes normally.
        /// </summary>
        private BitSet?[] Solve(int start, BitSet entry, ControlFlowRegion? scope, BitSet? exits)
        {
            var states = new BitSet?[graph.Blocks.Length];
            var work = new Stack<int>();

            void Merge(int ordinal, BitSet state)
            {
                if (scope != null && !Inside(graph.Blocks[ordinal].EnclosingRegion, scope)) return;
                if (states[ordinal] == null)
                {
                    states[ordinal] = state.Clone();
                    work.Push(ordinal);
                }
                else if (states[ordinal]!.UnionWith(state))
                {
                    work.Push(ordinal);
                }
            }

            Merge(start, entry);
            while (work.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var block = graph.Blocks[work.Pop()];
                var state = states[block.Ordinal]!.Clone();
                foreach (var operation in Operations(block))
                {
                    var before = state.Clone();
                    Visit(operation, state, report: null);
                    ToHandlers(block, before.Intersect(state), scope, Merge);
                }
                foreach (var branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
                {
                    if (branch == null) continue;
                    if (branch.Destination == null)
                    {
                        if (branch.Semantics == ControlFlowBranchSemantics.StructuredExceptionHandling && exits != null && InnermostFinally(block) == scope)
                            exits.UnionWith(state);
                        continue;
                    }
                    var carried = state;
                    foreach (var region in branch.FinallyRegions)
                    {
                        Merge(region.FirstBlockOrdinal, carried);
                        carried = Through(region, carried);
                    }
                    Merge(branch.Destination.Ordinal, carried);
                }
            }
            return states;
        }

        /// <summary>An exception at this point goes to the handlers of every try around it (inside the scope).</summary>
        private static void ToHandlers(BasicBlock block, BitSet state, ControlFlowRegion? scope, System.Action<int, BitSet> merge)
        {
            for (var region = block.EnclosingRegion; region != null && region != scope; region = region.EnclosingRegion)
            {
                if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion == null) continue;
                foreach (var handler in region.EnclosingRegion.NestedRegions)
                    if (handler != region) merge(handler.FirstBlockOrdinal, state);
            }
        }

        /// <summary>
        /// The state after a finally region, given the state before it. Every operation sets, clears or keeps a bit and
        /// paths join by union, so the region acts as <c>out = created ∪ (in ∩ kept)</c>; two runs find both sets.
        /// </summary>
        private BitSet Through(ControlFlowRegion region, BitSet state)
        {
            if (!summaries.TryGetValue(region, out var summary))
            {
                var created = new BitSet(width);
                Solve(region.FirstBlockOrdinal, new BitSet(width), region, created);
                var kept = new BitSet(width);
                Solve(region.FirstBlockOrdinal, BitSet.Full(width), region, kept);
                summaries[region] = summary = (created, kept);
            }
            var result = state.Intersect(summary.Kept);
            result.UnionWith(summary.Created);
            return result;
        }

        private static ControlFlowRegion? InnermostFinally(BasicBlock block)
        {
            var region = block.EnclosingRegion;
            while (region != null && region.Kind != ControlFlowRegionKind.Finally) region = region.EnclosingRegion;
            return region;
        }

        private static bool Inside(ControlFlowRegion? region, ControlFlowRegion scope)
        {
            for (; region != null; region = region.EnclosingRegion)
                if (region == scope) return true;
            return false;
        }

        // ---- transfer ---------------------------------------------------------------------------------------

        /// <summary>Applies one operation to the state, children first (the order C# evaluates them in).</summary>
        private void Visit(IOperation operation, BitSet state, Reporter? report)
        {
            if (operation is IFlowAnonymousFunctionOperation) return;
            foreach (var child in operation.ChildOperations) Visit(child, state, report);
            switch (operation)
            {
                case ILocalReferenceOperation reference when localBits.TryGetValue(reference.Local, out int bit):
                    if (!IsUnderstoodUse(reference)) state[bit] = false;
                    break;
                case IFlowCaptureReferenceOperation reference when aliases.TryGetValue(reference.Id, out var locals):
                    if (!IsUnderstoodUse(reference))
                        foreach (var local in locals) state[localBits[local]] = false;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when localBits.TryGetValue(target.Local, out int bit):
                    state[bit] = IsUnprimed(assignment.Value, state);
                    break;
                case IFlowCaptureOperation capture when captureBits.TryGetValue(capture.Id, out int bit):
                    state[bit] = IsUnprimed(capture.Value, state);
                    break;
                case IInvocationOperation { Instance: not null } call:
                    Call(call, state, report);
                    break;
                case IPropertyReferenceOperation { Property.Name: "State", Instance: not null } property:
                    // Code that asks whether the coroutine has started decides about priming itself.
                    foreach (int bit in Variables(Unwrap(property.Instance))) state[bit] = false;
                    break;
            }
        }

        /// <summary>
        /// Uses that neither let the coroutine escape nor resume it in a way the analysis cannot see: the receiver of a
        /// call (<see cref="Call"/> decides), reading a property, the target of an assignment, a flow capture (an
        /// alias), a null or type test.
        /// </summary>
        private static bool IsUnderstoodUse(IOperation reference)
        {
            var use = reference;
            while (use.Parent is IConversionOperation { OperatorMethod: null } conversion) use = conversion;
            return use.Parent switch
            {
                IInvocationOperation call => call.Instance == use,
                IPropertyReferenceOperation property => property.Instance == use,
                ISimpleAssignmentOperation assignment => assignment.Target == use && !assignment.IsRef,
                IFlowCaptureOperation => true,
                IIsNullOperation or IIsTypeOperation or IIsPatternOperation => true,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } => true,
                _ => false,
            };
        }

        private IEnumerable<int> Variables(IOperation receiver) => receiver switch
        {
            ILocalReferenceOperation local when localBits.TryGetValue(local.Local, out int bit) => new[] { bit },
            IFlowCaptureReferenceOperation capture when aliases.TryGetValue(capture.Id, out var locals) => locals.Select(l => localBits[l]),
            IFlowCaptureReferenceOperation capture when captureBits.TryGetValue(capture.Id, out int bit) => new[] { bit },
            _ => Enumerable.Empty<int>(),
        };

        private bool IsUnprimed(IOperation value, BitSet state) => Unwrap(value) switch
        {
            IInvocationOperation call => symbols.FactoryOf(call.TargetMethod) is { Primed: false },
            IFlowCaptureReferenceOperation capture => captureBits.TryGetValue(capture.Id, out int bit) && state[bit],
            _ => false,
        };

        private void Call(IInvocationOperation call, BitSet state, Reporter? report)
        {
            var receiver = Unwrap(call.Instance!);
            var bits = new List<int>();
            bool fresh = false;
            IMethodSymbol? factory = null;
            switch (receiver)
            {
                case ILocalReferenceOperation local when localBits.TryGetValue(local.Local, out int bit):
                    bits.Add(bit);
                    break;
                case IFlowCaptureReferenceOperation capture when aliases.TryGetValue(capture.Id, out var locals):
                    bits.AddRange(locals.Select(l => localBits[l]));
                    if (locals.Count > 1)
                    {
                        // (a ?? b).Send(…): which one it reaches is not known here; forget both.
                        foreach (int bit in bits) state[bit] = false;
                        return;
                    }
                    break;
                case IFlowCaptureReferenceOperation capture when captureBits.TryGetValue(capture.Id, out int bit):
                    bits.Add(bit);
                    break;
                case IInvocationOperation made when symbols.FactoryOf(made.TargetMethod) is { Primed: false }:
                    fresh = true;
                    factory = made.TargetMethod.OriginalDefinition;
                    break;
                default:
                    return;
            }

            var method = call.TargetMethod;
            if (Harmless.Contains(method.Name)) return;
            if (symbols.IsSend(method) && !symbols.IsUnit(symbols.SendType(method)) && !SendsNull(call, symbols.SendType(method)!))
            {
                bool unprimed = fresh || bits.Any(b => state[b]);
                if (unprimed && report != null)
                {
                    if (factory == null && bits.Count == 1 && origins.TryGetValue(bits[0], out var from) && from.Count == 1) factory = from.First();
                    report(call, receiver.Syntax.ToString(), factory);
                }
            }
            // Every other member resumes, closes or consumes it (Next, TryNext, MoveNext, Throw, Close, Dispose,
            // GetEnumerator for foreach), or is not known: either way it is no longer a fresh, unprimed coroutine here.
            foreach (int bit in bits) state[bit] = false;
        }

        /// <summary>Send(null) on a nullable or reference send type behaves as Next() and is how Python primes too.</summary>
        private static bool SendsNull(IInvocationOperation call, ITypeSymbol sendType)
        {
            if (call.Arguments.Length == 0) return false;
            bool nullable = sendType.IsReferenceType || sendType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
            if (!nullable) return false;
            var value = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
            if (value == null) return false;
            if (value.ConstantValue is { HasValue: true, Value: null }) return true;
            value = Unwrap(value);
            return value is IDefaultValueOperation || value.ConstantValue is { HasValue: true, Value: null };
        }

        // ---- walking ----------------------------------------------------------------------------------------

        private static IEnumerable<IOperation> Operations(BasicBlock block) =>
            block.BranchValue == null ? block.Operations : block.Operations.Append(block.BranchValue);

        private static IEnumerable<IOperation> Descendants(IOperation operation)
        {
            yield return operation;
            if (operation is IFlowAnonymousFunctionOperation) yield break;
            foreach (var child in operation.ChildOperations)
                foreach (var descendant in Descendants(child))
                    yield return descendant;
        }
    }
}
