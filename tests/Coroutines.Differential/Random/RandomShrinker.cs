using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Coroutines.Differential.Random
{
    /// <summary>
    /// Greedy shrinking of a failing program: tries every variant one step smaller (a statement removed, a compound
    /// statement replaced by one of its blocks, a handler or finally dropped, an expression replaced by a literal or one
    /// of its operands, a loop run fewer times, a sub or a driver step dropped), runs them in batches, keeps the smallest
    /// that still fails the same way, and starts again from it until no variant fails.
    /// </summary>
    internal static class RandomShrinker
    {
        private const int Chunk = 60;

        public static RandomFailure Shrink(RandomFailure failure, TimeSpan? budget = null)
        {
            var deadline = DateTime.UtcNow + (budget ?? TimeSpan.FromMinutes(3));
            var current = failure;
            while (DateTime.UtcNow < deadline)
            {
                int size = RandomWalk.Size(current.Program);
                var seen = new HashSet<string>();
                var candidates = Variants(current.Program)
                    .Where(RandomRules.IsValid)
                    .Where(p => RandomWalk.Size(p) < size)
                    .Where(p => seen.Add(PythonPrinter.Case(p)))
                    .OrderBy(RandomWalk.Size)
                    .ToList();
                RandomFailure? best = null;
                foreach (var chunk in candidates.Chunk(Chunk))
                {
                    if (DateTime.UtcNow >= deadline) break;
                    best = RandomRunner.Run(chunk).Where(f => Same(failure, f)).OrderBy(f => RandomWalk.Size(f.Program)).FirstOrDefault();
                    if (best != null) break;
                }
                if (best == null) return current;
                current = best;
            }
            return current;
        }

        private static bool Same(RandomFailure original, RandomFailure candidate) =>
            candidate.Kind == original.Kind && (original.Kind != FailureKind.CompileError || candidate.Signature == original.Signature);

        public static IEnumerable<RandomProgram> Variants(RandomProgram program)
        {
            for (int i = 0; i < program.Driver.Length; i++)
            {
                yield return program with { Driver = program.Driver.RemoveAt(i) };
                if (program.Driver[i].Kind != OpKind.Next) yield return program with { Driver = program.Driver.SetItem(i, new Op(OpKind.Next)) };
            }
            if (program.Argument != 0) yield return program with { Argument = 0 };
            for (int s = 0; s < program.Subs.Length; s++) yield return DropSub(program, s);
            for (int s = 0; s < program.Subs.Length; s++)
                foreach (var f in Variants(program.Subs[s]))
                    yield return program with { Subs = program.Subs.SetItem(s, f) };
            foreach (var f in Variants(program.Main)) yield return program with { Main = f };
        }

        /// <summary>Without sub <paramref name="index"/>: delegations to it become yields, later subs move down.</summary>
        private static RandomProgram DropSub(RandomProgram program, int index)
        {
            Stmt? S(Stmt s) => s switch
            {
                YieldFromS y when y.Sub == index => new YieldS(y.Argument),
                YieldFromS y when y.Sub > index => y with { Sub = y.Sub - 1 },
                _ => s,
            };
            Expr E(Expr e) => e switch
            {
                YieldFromE y when y.Sub == index => new YieldE(y.Argument),
                YieldFromE y when y.Sub > index => y with { Sub = y.Sub - 1 },
                _ => e,
            };
            var subs = program.Subs.RemoveAt(index).Select(f => RandomTransform.MapFunction(f, S, E));
            return program with
            {
                Subs = subs.Select((f, i) => f with { Name = RandomNames.SubName(i, false) }).ToImmutableArray(),
                Main = RandomTransform.MapFunction(program.Main, S, E),
            };
        }

        private static IEnumerable<Function> Variants(Function function)
        {
            foreach (var body in Variants(function.Body)) yield return function with { Body = body };
            foreach (var result in Variants(function.Result)) yield return function with { Result = result };
        }

        private static IEnumerable<Block> Variants(Block block)
        {
            var items = block.Statements;
            for (int i = 0; i < items.Length; i++)
            {
                yield return new Block(items.RemoveAt(i));
                foreach (var replacement in Replacements(items[i]))
                    yield return new Block(items.RemoveAt(i).InsertRange(i, replacement));
            }
        }

        /// <summary>Smaller versions of one statement, each a list of statements to put in its place.</summary>
        private static IEnumerable<ImmutableArray<Stmt>> Replacements(Stmt statement)
        {
            static ImmutableArray<Stmt> One(Stmt s) => ImmutableArray.Create(s);
            switch (statement)
            {
                case Assign a:
                    foreach (var e in Variants(a.Value)) yield return One(a with { Value = e });
                    break;
                case YieldS y:
                    foreach (var e in Variants(y.Value)) yield return One(y with { Value = e });
                    break;
                case YieldFromS y:
                    yield return One(new YieldS(y.Argument));
                    foreach (var e in Variants(y.Argument)) yield return One(y with { Argument = e });
                    break;
                case Print p:
                    if (p.Exception != null) yield return One(p with { Exception = null });
                    for (int i = 0; i < p.Values.Length; i++)
                    {
                        yield return One(p with { Values = p.Values.RemoveAt(i) });
                        foreach (var e in Variants(p.Values[i])) yield return One(p with { Values = p.Values.SetItem(i, e) });
                    }
                    break;
                case If i:
                    yield return i.Then.Statements;
                    if (i.Else != null)
                    {
                        yield return i.Else.Statements;
                        yield return One(i with { Else = null });
                        foreach (var b in Variants(i.Else)) yield return One(i with { Else = b });
                    }
                    foreach (var b in Variants(i.Then)) yield return One(i with { Then = b });
                    foreach (var c in Variants(i.Condition)) yield return One(i with { Condition = c });
                    break;
                case While w:
                    yield return w.Body.Statements;
                    if (w.Limit > 1) yield return One(w with { Limit = w.Limit - 1 });
                    if (w.Extra != null)
                    {
                        yield return One(w with { Extra = null });
                        foreach (var c in Variants(w.Extra)) yield return One(w with { Extra = c });
                    }
                    foreach (var b in Variants(w.Body)) yield return One(w with { Body = b });
                    break;
                case For f:
                    yield return f.Body.Statements;
                    if (f.Count > 0) yield return One(f with { Count = f.Count - 1 });
                    foreach (var b in Variants(f.Body)) yield return One(f with { Body = b });
                    break;
                case Try t:
                    yield return t.Body.Statements;
                    if (t.Finally != null)
                    {
                        yield return t.Finally.Statements;
                        yield return One(t with { Finally = null });
                        foreach (var b in Variants(t.Finally)) yield return One(t with { Finally = b });
                    }
                    for (int h = 0; h < t.Handlers.Length; h++)
                    {
                        yield return One(t with { Handlers = t.Handlers.RemoveAt(h) });
                        foreach (var b in Variants(t.Handlers[h].Body))
                            yield return One(t with { Handlers = t.Handlers.SetItem(h, t.Handlers[h] with { Body = b }) });
                    }
                    foreach (var b in Variants(t.Body)) yield return One(t with { Body = b });
                    break;
                case Jump j:
                    foreach (var c in Variants(j.Guard)) yield return One(j with { Guard = c });
                    if (j.Value != null)
                        foreach (var e in Variants(j.Value)) yield return One(j with { Value = e });
                    break;
            }
        }

        private static IEnumerable<Cond> Variants(Cond condition)
        {
            switch (condition)
            {
                case Cmp c:
                    foreach (var e in Variants(c.Left)) yield return c with { Left = e };
                    foreach (var e in Variants(c.Right)) yield return c with { Right = e };
                    break;
                case Not n:
                    yield return n.Operand;
                    foreach (var o in Variants(n.Operand)) yield return new Not(o);
                    break;
                case Logic l:
                    yield return l.Left;
                    yield return l.Right;
                    foreach (var o in Variants(l.Left)) yield return l with { Left = o };
                    foreach (var o in Variants(l.Right)) yield return l with { Right = o };
                    break;
            }
        }

        private static IEnumerable<Expr> Variants(Expr expr)
        {
            if (expr is not Lit { Value: 0 }) yield return new Lit(0);
            switch (expr)
            {
                case Lit l when l.Value != 0:
                    yield return new Lit(l.Value > 0 ? l.Value - 1 : l.Value + 1);
                    break;
                case Var:
                    yield return new Lit(1);
                    break;
                case Bin b:
                    yield return b.Left;
                    yield return b.Right;
                    foreach (var e in Variants(b.Left)) yield return b with { Left = e };
                    foreach (var e in Variants(b.Right)) yield return b with { Right = e };
                    break;
                case YieldE y:
                    yield return y.Value;
                    foreach (var e in Variants(y.Value)) yield return new YieldE(e);
                    break;
                case YieldFromE y:
                    yield return new YieldE(y.Argument);
                    yield return y.Argument;
                    foreach (var e in Variants(y.Argument)) yield return y with { Argument = e };
                    break;
                case CallE c:
                    yield return c.A;
                    yield return c.B;
                    foreach (var e in Variants(c.A)) yield return c with { A = e };
                    foreach (var e in Variants(c.B)) yield return c with { B = e };
                    break;
            }
        }
    }
}
