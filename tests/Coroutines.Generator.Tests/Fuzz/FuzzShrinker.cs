using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Coroutines.Generator.Tests.Fuzz
{
    /// <summary>
    /// Greedy shrinking of a failing program: tries smaller variants (a statement removed, a compound statement
    /// replaced by its body, an expression replaced by a literal or by one of its operands, a loop run once),
    /// many per compilation, and keeps the smallest that still fails the same way, until none does.
    /// Variants that are not valid C# fail as <see cref="FuzzFailureKind.InvalidProgram"/> and are dropped.
    /// </summary>
    internal static class FuzzShrinker
    {
        private const int Chunk = 40;

        public static FuzzFailure Shrink(FuzzFailure failure, Func<FuzzFailure, bool>? sameBug = null, Action<string>? log = null)
        {
            sameBug ??= candidate => candidate.Kind == failure.Kind
                && (failure.Kind == FuzzFailureKind.TraceMismatch || candidate.Signature == failure.Signature);
            var current = failure;
            while (true)
            {
                var program = current.Program;
                int size = Size(program);
                var candidates = Variants(program)
                    .Where(p => EndsWithReturn(p.Body) && p.Subs.All(EndsWithReturn))
                    .Where(p => Size(p) < size)
                    .Distinct(new TextComparer())
                    .ToList();
                FuzzFailure? best = null;
                foreach (var chunk in candidates.Chunk(Chunk))
                {
                    var failures = FuzzRunner.Run(chunk);
                    best = failures.Where(sameBug).OrderBy(f => Size(f.Program)).FirstOrDefault();
                    if (best != null) break;
                }
                if (best == null) return current;
                log?.Invoke($"shrunk {size} -> {Size(best.Program)}");
                current = best;
            }
        }

        private static bool EndsWithReturn(Block body) => body.Statements.Length > 0 && body.Statements[body.Statements.Length - 1] is ReturnS;

        /// <summary>Smaller programs: the main body or one sub made smaller, or the last sub dropped; all repaired.</summary>
        private static IEnumerable<FuzzProgram> Variants(FuzzProgram program)
        {
            var subs = program.Subs;
            FuzzProgram Make(Block body, ImmutableArray<Block> newSubs) => new FuzzProgram(program.Seed, Repair(body, newSubs.Length, null))
            {
                Subs = newSubs.Select(b => Repair(b, newSubs.Length, "a")).ToImmutableArray(),
            };
            if (subs.Length > 0) yield return Make(program.Body, subs.RemoveAt(subs.Length - 1));
            foreach (var body in BlockVariants(program.Body)) yield return Make(body, subs);
            for (int i = 0; i < subs.Length; i++)
                foreach (var sub in BlockVariants(subs[i])) yield return Make(program.Body, subs.SetItem(i, sub));
        }

        /// <summary>The number of nodes of all the program's bodies: what shrinking minimizes.</summary>
        public static int Size(FuzzProgram program) => Size(program.Body) + program.Subs.Sum(Size);

        private sealed class TextComparer : IEqualityComparer<FuzzProgram>
        {
            public bool Equals(FuzzProgram? x, FuzzProgram? y) => x!.Text() == y!.Text();
            public int GetHashCode(FuzzProgram obj) => obj.Text().GetHashCode();
        }

        // ---- repair: keep variants compilable after a removal ---------------------------------------------

        /// <summary>
        /// After a removal: labels nobody jumps to lose their label, gotos to labels that are gone go, and names
        /// whose declaration is gone read as a literal (whole statements that only wrote them go).
        /// </summary>
        private static Block Repair(Block block, int subs, string? parameter)
        {
            var labels = new HashSet<string>();
            var gotos = new HashSet<string>();
            var declared = new HashSet<string>();
            if (parameter != null) declared.Add(parameter);
            Collect(block, labels, gotos, declared);
            return RepairBlock(block, labels, gotos, declared, subs);
        }

        private static void Collect(Stmt statement, HashSet<string> labels, HashSet<string> gotos, HashSet<string> declared)
        {
            switch (statement)
            {
                case LabeledS l: labels.Add(l.Label); break;
                case JumpS { Jump: GotoJ g }: gotos.Add(g.Label); break;
                case DeclS d: declared.Add(d.Name); break;
                case WhileS w: declared.Add(w.Counter); break;
                case DoS d: declared.Add(d.Counter); break;
                case ForS f: declared.Add(f.Counter); break;
                case ForEachS f: declared.Add(f.Name); break;
                case UsingS { Declared: true } u: declared.Add(u.Name); break;
                case UsingDeclS u: declared.Add(u.Name); break;
            }
            foreach (var child in ChildStatements(statement)) Collect(child, labels, gotos, declared);
        }

        private static IEnumerable<Stmt> ChildStatements(Stmt statement) => statement switch
        {
            Block b => b.Statements,
            IfS i => i.Else != null ? new Stmt[] { i.Then, i.Else } : new Stmt[] { i.Then },
            WhileS w => new Stmt[] { w.Body },
            DoS d => new Stmt[] { d.Body },
            ForS f => new Stmt[] { f.Body },
            ForEachS f => new Stmt[] { f.Body },
            SwitchS s => s.Sections.Select(x => (Stmt)x.Body),
            TryS t => new Stmt[] { t.Body }.Concat(t.Catches.Select(c => c.Body)).Concat(t.Finally != null ? new Stmt[] { t.Finally } : Array.Empty<Stmt>()),
            UsingS u => new Stmt[] { u.Body },
            CheckedS c => new Stmt[] { c.Body },
            LabeledS l => new[] { l.Statement },
            _ => Array.Empty<Stmt>(),
        };

        private static Block RepairBlock(Block block, HashSet<string> labels, HashSet<string> gotos, HashSet<string> declared, int subs)
        {
            var statements = new List<Stmt>();
            foreach (var statement in block.Statements)
            {
                var repaired = RepairStatement(statement, labels, gotos, declared, subs);
                if (repaired != null) statements.Add(repaired);
            }
            return new Block(statements.ToImmutableArray());
        }

        private static Stmt? RepairStatement(Stmt statement, HashSet<string> labels, HashSet<string> gotos, HashSet<string> declared, int subs)
        {
            Block B(Block b) => RepairBlock(b, labels, gotos, declared, subs);
            Expr E(Expr e) => RepairExpr(e, declared, subs);
            switch (statement)
            {
                case Block b: return B(b);
                case LabeledS l:
                    var inner = RepairStatement(l.Statement, labels, gotos, declared, subs) ?? new MarkS("at " + l.Label);
                    return gotos.Contains(l.Label) ? l with { Statement = inner } : inner;
                case JumpS { Jump: GotoJ g } when !labels.Contains(g.Label): return null;
                case JumpS j: return j with
                {
                    Condition = E(j.Condition),
                    Jump = j.Jump switch { ReturnJ r => new ReturnJ(E(r.Value)), ThrowJ thrown => thrown with { Value = E(thrown.Value) }, var other => other },
                };
                case DeclS d: return d with { Init = E(d.Init) };
                case ExprS e:
                    if (e.Value is AssignE assigned && !declared.Contains(assigned.Name)) return new ExprS(E(assigned.Value)) is { Value: YieldE or YieldFromE or CallE or PairE or TouchE } kept ? kept : null;
                    if (e.Value is IncE incremented && !declared.Contains(incremented.Name)) return null;
                    if (e.Value is TouchE touched && !declared.Contains(touched.Resource)) return null;
                    if (e.Value is YieldFromE gone && gone.Sub >= subs) return null;
                    return e with { Value = E(e.Value) };
                case PrintS p: return p with { Values = p.Values.Select(E).ToImmutableArray() };
                case DeferS d: return d with { Values = d.Values.Select(E).ToImmutableArray(), Increment = d.Increment != null && declared.Contains(d.Increment) ? d.Increment : null };
                case IfS ifS: return ifS with { Condition = E(ifS.Condition), Then = B(ifS.Then), Else = ifS.Else != null ? B(ifS.Else) : null };
                case WhileS w: return w with { Extra = w.Extra != null ? E(w.Extra) : null, Body = B(w.Body) };
                case DoS d: return d with { Extra = d.Extra != null ? E(d.Extra) : null, Body = B(d.Body) };
                case ForS f: return f with { Init = f.Init != null ? E(f.Init) : null, Extra = f.Extra != null ? E(f.Extra) : null, Step = f.Step != null ? E(f.Step) : null, Body = B(f.Body) };
                case ForEachS f: return f with
                {
                    Source = f.Source switch
                    {
                        ArraySrc array => new ArraySrc(array.Items.Select(E).ToImmutableArray()),
                        ListSrc l => new ListSrc(l.Items.Select(E).ToImmutableArray()),
                        SeqSrc q => new SeqSrc(E(q.Count)),
                        var other => other,
                    },
                    Body = B(f.Body),
                };
                case SwitchS s: return s with
                {
                    Subject = E(s.Subject),
                    Sections = s.Sections.Select(x => x with
                    {
                        Labels = x.Labels.Select(l => l with { When = l.When != null ? E(l.When) : null }).ToImmutableArray(),
                        Body = B(x.Body),
                    }).ToImmutableArray(),
                };
                case TryS tryS: return tryS with
                {
                    Body = B(tryS.Body),
                    Catches = tryS.Catches.Select(c => c with { Body = B(c.Body) }).ToImmutableArray(),
                    Finally = tryS.Finally != null ? B(tryS.Finally) : null,
                };
                case UsingS u: return u with { Argument = E(u.Argument), Body = B(u.Body) };
                case UsingDeclS u: return u with { Argument = E(u.Argument) };
                case CheckedS c: return c with { Body = B(c.Body) };
                case ReturnS r: return r with { Value = E(r.Value) };
                default: return statement;
            }
        }

        /// <summary>Names whose declaration is gone read as a literal; a delegation to a sub that is gone becomes its argument.</summary>
        private static Expr RepairExpr(Expr expression, HashSet<string> declared, int subs)
        {
            Expr E(Expr e) => RepairExpr(e, declared, subs);
            return expression switch
            {
                Var v when !declared.Contains(v.Name) => new Lit(1),
                YieldFromE f when f.Sub >= subs => E(f.Argument),
                YieldFromE f => f with { Argument = E(f.Argument) },
                AssignE a when !declared.Contains(a.Name) => E(a.Value),
                IncE i when !declared.Contains(i.Name) => new Lit(1),
                TouchE t when !declared.Contains(t.Resource) => E(t.Argument),
                YieldE y => y with { Value = E(y.Value) },
                CallE c => c with { Args = c.Args.Select(E).ToImmutableArray() },
                BinE b => b with { Left = E(b.Left), Right = E(b.Right) },
                UnE u => u with { Operand = E(u.Operand) },
                CondE c => c with { Condition = E(c.Condition), WhenTrue = E(c.WhenTrue), WhenFalse = E(c.WhenFalse) },
                AssignE a => a with { Value = E(a.Value) },
                InterpE s => s with { Holes = s.Holes.Select(h => h with { Value = E(h.Value) }).ToImmutableArray() },
                CoalesceE c => c with { Value = E(c.Value), Fallback = E(c.Fallback) },
                CondAccessE c => c with { Receiver = E(c.Receiver), Argument = E(c.Argument), Fallback = E(c.Fallback) },
                SwitchE s => s with { Subject = E(s.Subject), Arms = s.Arms.Select(a => a with { When = a.When != null ? E(a.When) : null, Value = E(a.Value) }).ToImmutableArray(), Fallback = E(s.Fallback) },
                IsE i => i with { Value = E(i.Value) },
                CheckedE c => c with { Value = E(c.Value) },
                IndexE i => i with { Index = E(i.Index) },
                TouchE t => t with { Argument = E(t.Argument) },
                PairE p => p with { Argument = p.Argument != null ? E(p.Argument) : null, A = E(p.A), B = E(p.B) },
                _ => expression,
            };
        }

        /// <summary>The number of nodes: what shrinking minimizes.</summary>
        public static int Size(Block block) => block.Statements.Sum(Size) + 1;

        private static int Size(Stmt statement) => statement switch
        {
            Block b => Size(b),
            DeclS d => 1 + Size(d.Init),
            ExprS e => 1 + Size(e.Value),
            MarkS => 1,
            PrintS p => 1 + p.Values.Sum(Size),
            DeferS d => 2 + d.Values.Sum(Size) + (d.Increment != null ? 1 : 0),
            IfS i => 1 + Size(i.Condition) + Size(i.Then) + (i.Else != null ? Size(i.Else) : 0),
            JumpS j => 1 + Size(j.Condition) + j.Jump switch { ReturnJ r => Size(r.Value), ThrowJ t => Size(t.Value), _ => 1 },
            WhileS w => 2 + w.Limit + (w.Extra != null ? Size(w.Extra) : 0) + Size(w.Body),
            DoS d => 2 + d.Limit + (d.Extra != null ? Size(d.Extra) : 0) + Size(d.Body),
            ForS f => 2 + f.Limit + (f.Init != null ? Size(f.Init) : 0) + (f.Extra != null ? Size(f.Extra) : 0) + (f.Step != null ? Size(f.Step) : 0) + Size(f.Body),
            ForEachS f => 1 + Size(f.Source) + Size(f.Body),
            SwitchS s => 1 + Size(s.Subject) + s.Sections.Sum(x => x.Labels.Sum(l => 1 + (l.When != null ? Size(l.When) : 0)) + Size(x.Body)),
            TryS t => 1 + Size(t.Body) + t.Catches.Sum(c => 2 + (c.Filter != null ? 1 : 0) + (c.Name != null ? 1 : 0) + Size(c.Body)) + (t.Finally != null ? 1 + Size(t.Finally) : 0),
            UsingS u => 2 + Size(u.Argument) + Size(u.Body),
            UsingDeclS u => 2 + Size(u.Argument),
            CheckedS c => 1 + Size(c.Body),
            LabeledS l => 1 + Size(l.Statement),
            ReturnS r => 1 + Size(r.Value),
            _ => 1,
        };

        private static int Size(Source source) => source switch
        {
            ArraySrc a => 1 + a.Items.Sum(Size),
            ListSrc l => 2 + l.Items.Sum(Size),
            SeqSrc s => 2 + Size(s.Count),
            _ => 2,
        };

        public static int Size(Expr expression) => expression switch
        {
            Lit => 1,
            Var => 1,
            BigE => 1,
            _ => 1 + Children(expression).Sum(Size),
        };

        private static IEnumerable<Expr> Children(Expr expression) => expression switch
        {
            YieldE y => new[] { y.Value },
            YieldFromE f => new[] { f.Argument },
            CallE c => c.Args,
            BinE b => new[] { b.Left, b.Right },
            UnE u => new[] { u.Operand },
            CondE c => new[] { c.Condition, c.WhenTrue, c.WhenFalse },
            AssignE a => new[] { a.Value },
            InterpE s => s.Holes.Select(h => h.Value),
            CoalesceE c => new[] { c.Value, c.Fallback },
            CondAccessE c => new[] { c.Receiver, c.Argument, c.Fallback },
            SwitchE s => new[] { s.Subject }.Concat(s.Arms.SelectMany(a => a.When != null ? new[] { a.When, a.Value } : new[] { a.Value })).Append(s.Fallback),
            IsE i => new[] { i.Value },
            CheckedE c => new[] { c.Value },
            IndexE i => new[] { i.Index },
            TouchE t => new[] { t.Argument },
            PairE p => (p.Argument != null ? new[] { p.Argument } : Array.Empty<Expr>()).Append(p.A).Append(p.B),
            _ => Array.Empty<Expr>(),
        };

        private static bool IsBool(Expr expression) => expression switch
        {
            BinE b => b.Op is "<" or ">" or "<=" or ">=" or "==" or "!=" or "&&" or "||",
            UnE u => u.Op == "!",
            IsE => true,
            _ => false,
        };

        // ---- variants -----------------------------------------------------------------------------------

        private static IEnumerable<Block> BlockVariants(Block block) => ListVariants(block.Statements).Select(l => new Block(l));

        private static IEnumerable<ImmutableArray<Stmt>> ListVariants(ImmutableArray<Stmt> list)
        {
            for (int i = 0; i < list.Length; i++)
                yield return list.RemoveAt(i);
            for (int i = 0; i < list.Length; i++)
                foreach (var inner in Inlines(list[i]))
                    yield return list.RemoveAt(i).InsertRange(i, inner);
            for (int i = 0; i < list.Length; i++)
                foreach (var variant in StatementVariants(list[i]))
                    yield return list.SetItem(i, variant);
        }

        /// <summary>What a compound statement can be replaced with: the statements of one of its bodies.</summary>
        private static IEnumerable<ImmutableArray<Stmt>> Inlines(Stmt statement)
        {
            switch (statement)
            {
                case Block b:
                    yield return b.Statements;
                    break;
                case IfS i:
                    yield return i.Then.Statements;
                    if (i.Else != null) yield return i.Else.Statements;
                    break;
                case WhileS w:
                    yield return w.Body.Statements;
                    break;
                case DoS d:
                    yield return d.Body.Statements;
                    break;
                case ForS f:
                    yield return f.Body.Statements;
                    break;
                case ForEachS f:
                    yield return f.Body.Statements;
                    break;
                case SwitchS s:
                    foreach (var section in s.Sections) yield return section.Body.Statements;
                    break;
                case TryS t:
                    yield return t.Body.Statements;
                    if (t.Finally != null) yield return t.Body.Statements.AddRange(t.Finally.Statements);
                    break;
                case UsingS u:
                    yield return u.Body.Statements;
                    break;
                case CheckedS c:
                    yield return c.Body.Statements;
                    break;
                case LabeledS l:
                    yield return ImmutableArray.Create(l.Statement);
                    break;
            }
        }

        private static IEnumerable<Stmt> StatementVariants(Stmt statement)
        {
            switch (statement)
            {
                case Block b:
                    foreach (var v in BlockVariants(b)) yield return v;
                    break;
                case DeclS d:
                    foreach (var v in ExprVariants(d.Init)) yield return d with { Init = v };
                    break;
                case ExprS e:
                    foreach (var v in ExprVariants(e.Value)) yield return e with { Value = v };
                    break;
                case PrintS p:
                    for (int i = 0; i < p.Values.Length && p.Values.Length > 1; i++) yield return p with { Values = p.Values.RemoveAt(i) };
                    for (int i = 0; i < p.Values.Length; i++)
                        foreach (var v in ExprVariants(p.Values[i])) yield return p with { Values = p.Values.SetItem(i, v) };
                    break;
                case DeferS d:
                    if (d.Increment != null) yield return d with { Increment = null };
                    for (int i = 0; i < d.Values.Length && d.Values.Length > 1; i++) yield return d with { Values = d.Values.RemoveAt(i) };
                    break;
                case IfS i:
                    if (i.Else != null) yield return i with { Else = null };
                    foreach (var v in BlockVariants(i.Then)) yield return i with { Then = v };
                    if (i.Else != null) foreach (var v in BlockVariants(i.Else)) yield return i with { Else = v };
                    foreach (var v in ExprVariants(i.Condition)) yield return i with { Condition = v };
                    break;
                case JumpS j:
                    foreach (var v in ExprVariants(j.Condition)) yield return j with { Condition = v };
                    if (j.Jump is ReturnJ returnJump) foreach (var v in ExprVariants(returnJump.Value)) yield return j with { Jump = new ReturnJ(v) };
                    if (j.Jump is ThrowJ throwJump) foreach (var v in ExprVariants(throwJump.Value)) yield return j with { Jump = throwJump with { Value = v } };
                    break;
                case WhileS w:
                    if (w.Extra != null) yield return w with { Extra = null };
                    if (w.Limit > 1) yield return w with { Limit = 1 };
                    foreach (var v in BlockVariants(w.Body)) yield return w with { Body = v };
                    if (w.Extra != null) foreach (var v in ExprVariants(w.Extra)) yield return w with { Extra = v };
                    break;
                case DoS d:
                    if (d.Extra != null) yield return d with { Extra = null };
                    if (d.Limit > 1) yield return d with { Limit = 1 };
                    foreach (var v in BlockVariants(d.Body)) yield return d with { Body = v };
                    if (d.Extra != null) foreach (var v in ExprVariants(d.Extra)) yield return d with { Extra = v };
                    break;
                case ForS f:
                    if (f.Extra != null) yield return f with { Extra = null };
                    if (f.Init != null) yield return f with { Init = null };
                    if (f.Step != null) yield return f with { Step = null };
                    if (f.Limit > 1) yield return f with { Limit = 1 };
                    foreach (var v in BlockVariants(f.Body)) yield return f with { Body = v };
                    if (f.Extra != null) foreach (var v in ExprVariants(f.Extra)) yield return f with { Extra = v };
                    if (f.Init != null) foreach (var v in ExprVariants(f.Init)) yield return f with { Init = v };
                    if (f.Step != null) foreach (var v in ExprVariants(f.Step)) yield return f with { Step = v };
                    break;
                case ForEachS f:
                    if (f.Source is not StaticArraySrc) yield return f with { Source = new StaticArraySrc() };
                    foreach (var v in BlockVariants(f.Body)) yield return f with { Body = v };
                    foreach (var v in SourceVariants(f.Source)) yield return f with { Source = v };
                    break;
                case SwitchS s:
                    for (int i = 0; i < s.Sections.Length && s.Sections.Length > 1; i++) yield return s with { Sections = s.Sections.RemoveAt(i) };
                    for (int i = 0; i < s.Sections.Length; i++)
                    {
                        var section = s.Sections[i];
                        for (int l = 0; l < section.Labels.Length && section.Labels.Length > 1; l++)
                            yield return s with { Sections = s.Sections.SetItem(i, section with { Labels = section.Labels.RemoveAt(l) }) };
                        for (int l = 0; l < section.Labels.Length; l++)
                            if (section.Labels[l].When != null)
                                yield return s with { Sections = s.Sections.SetItem(i, section with { Labels = section.Labels.SetItem(l, section.Labels[l] with { When = null }) }) };
                        foreach (var v in BlockVariants(section.Body))
                            yield return s with { Sections = s.Sections.SetItem(i, section with { Body = v }) };
                    }
                    foreach (var v in ExprVariants(s.Subject)) yield return s with { Subject = v };
                    break;
                case TryS t:
                    for (int i = 0; i < t.Catches.Length; i++)
                        if (t.Catches.Length > 1 || t.Finally != null) yield return t with { Catches = t.Catches.RemoveAt(i) };
                    if (t.Finally != null && t.Catches.Length > 0) yield return t with { Finally = null };
                    foreach (var v in BlockVariants(t.Body)) yield return t with { Body = v };
                    for (int i = 0; i < t.Catches.Length; i++)
                    {
                        var c = t.Catches[i];
                        if (c.Filter != null) yield return t with { Catches = t.Catches.SetItem(i, c with { Filter = null }) };
                        if (c.Name != null && c.Filter == null) yield return t with { Catches = t.Catches.SetItem(i, c with { Name = null }) };
                        foreach (var v in BlockVariants(c.Body)) yield return t with { Catches = t.Catches.SetItem(i, c with { Body = v }) };
                    }
                    if (t.Finally != null) foreach (var v in BlockVariants(t.Finally)) yield return t with { Finally = v };
                    break;
                case UsingS u:
                    foreach (var v in BlockVariants(u.Body)) yield return u with { Body = v };
                    foreach (var v in ExprVariants(u.Argument)) yield return u with { Argument = v };
                    break;
                case UsingDeclS u:
                    foreach (var v in ExprVariants(u.Argument)) yield return u with { Argument = v };
                    break;
                case CheckedS c:
                    foreach (var v in BlockVariants(c.Body)) yield return c with { Body = v };
                    break;
                case LabeledS l:
                    foreach (var v in StatementVariants(l.Statement)) yield return l with { Statement = v };
                    break;
                case ReturnS r:
                    foreach (var v in ExprVariants(r.Value)) yield return r with { Value = v };
                    break;
            }
        }

        private static IEnumerable<Source> SourceVariants(Source source)
        {
            switch (source)
            {
                case ArraySrc a:
                    for (int i = 0; i < a.Items.Length && a.Items.Length > 1; i++) yield return a with { Items = a.Items.RemoveAt(i) };
                    for (int i = 0; i < a.Items.Length; i++)
                        foreach (var v in ExprVariants(a.Items[i])) yield return a with { Items = a.Items.SetItem(i, v) };
                    break;
                case ListSrc l:
                    for (int i = 0; i < l.Items.Length && l.Items.Length > 1; i++) yield return l with { Items = l.Items.RemoveAt(i) };
                    for (int i = 0; i < l.Items.Length; i++)
                        foreach (var v in ExprVariants(l.Items[i])) yield return l with { Items = l.Items.SetItem(i, v) };
                    break;
                case SeqSrc s:
                    foreach (var v in ExprVariants(s.Count)) yield return s with { Count = v };
                    break;
            }
        }

        /// <summary>Simpler expressions of the same type: a literal, an operand, or the expression with a simpler part.</summary>
        private static IEnumerable<Expr> ExprVariants(Expr expression)
        {
            bool isBool = IsBool(expression);
            if (!isBool && expression is not Lit) yield return new Lit(1);
            if (expression is Lit { Value: not 0 and not 1 }) yield return new Lit(0);
            foreach (var child in Children(expression))
                if (IsBool(child) == isBool) yield return child;

            switch (expression)
            {
                case YieldE y:
                    foreach (var v in ExprVariants(y.Value)) yield return y with { Value = v };
                    break;
                case YieldFromE f:
                    foreach (var v in ExprVariants(f.Argument)) yield return f with { Argument = v };
                    break;
                case CallE c:
                    for (int i = 0; i < c.Args.Length; i++)
                        foreach (var v in ExprVariants(c.Args[i])) yield return c with { Args = c.Args.SetItem(i, v) };
                    break;
                case BinE b:
                    foreach (var v in ExprVariants(b.Left)) yield return b with { Left = v };
                    foreach (var v in ExprVariants(b.Right)) yield return b with { Right = v };
                    break;
                case UnE u:
                    foreach (var v in ExprVariants(u.Operand)) yield return u with { Operand = v };
                    break;
                case CondE c:
                    foreach (var v in ExprVariants(c.Condition)) yield return c with { Condition = v };
                    foreach (var v in ExprVariants(c.WhenTrue)) yield return c with { WhenTrue = v };
                    foreach (var v in ExprVariants(c.WhenFalse)) yield return c with { WhenFalse = v };
                    break;
                case AssignE a:
                    foreach (var v in ExprVariants(a.Value)) yield return a with { Value = v };
                    break;
                case InterpE s:
                    for (int i = 0; i < s.Holes.Length && s.Holes.Length > 1; i++) yield return s with { Holes = s.Holes.RemoveAt(i) };
                    for (int i = 0; i < s.Holes.Length; i++)
                    {
                        if (s.Holes[i].Suffix.Length > 0) yield return s with { Holes = s.Holes.SetItem(i, s.Holes[i] with { Suffix = "" }) };
                        foreach (var v in ExprVariants(s.Holes[i].Value)) yield return s with { Holes = s.Holes.SetItem(i, s.Holes[i] with { Value = v }) };
                    }
                    break;
                case CoalesceE c:
                    foreach (var v in ExprVariants(c.Value)) yield return c with { Value = v };
                    foreach (var v in ExprVariants(c.Fallback)) yield return c with { Fallback = v };
                    break;
                case CondAccessE c:
                    foreach (var v in ExprVariants(c.Receiver)) yield return c with { Receiver = v };
                    foreach (var v in ExprVariants(c.Argument)) yield return c with { Argument = v };
                    foreach (var v in ExprVariants(c.Fallback)) yield return c with { Fallback = v };
                    break;
                case SwitchE s:
                    for (int i = 0; i < s.Arms.Length && s.Arms.Length > 1; i++) yield return s with { Arms = s.Arms.RemoveAt(i) };
                    foreach (var v in ExprVariants(s.Subject)) yield return s with { Subject = v };
                    for (int i = 0; i < s.Arms.Length; i++)
                    {
                        if (s.Arms[i].When != null) yield return s with { Arms = s.Arms.SetItem(i, s.Arms[i] with { When = null }) };
                        foreach (var v in ExprVariants(s.Arms[i].Value)) yield return s with { Arms = s.Arms.SetItem(i, s.Arms[i] with { Value = v }) };
                    }
                    foreach (var v in ExprVariants(s.Fallback)) yield return s with { Fallback = v };
                    break;
                case IsE i:
                    foreach (var v in ExprVariants(i.Value)) yield return i with { Value = v };
                    break;
                case CheckedE c:
                    foreach (var v in ExprVariants(c.Value)) yield return c with { Value = v };
                    break;
                case IndexE i:
                    foreach (var v in ExprVariants(i.Index)) yield return i with { Index = v };
                    break;
                case TouchE t:
                    foreach (var v in ExprVariants(t.Argument)) yield return t with { Argument = v };
                    break;
                case PairE p:
                    if (p.Argument != null) yield return p with { Argument = null };
                    if (p.Argument != null) foreach (var v in ExprVariants(p.Argument)) yield return p with { Argument = v };
                    foreach (var v in ExprVariants(p.A)) yield return p with { A = v };
                    foreach (var v in ExprVariants(p.B)) yield return p with { B = v };
                    break;
            }
        }
    }
}
