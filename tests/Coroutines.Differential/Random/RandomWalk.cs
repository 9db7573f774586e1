using System.Collections.Generic;
using System.Linq;

namespace Coroutines.Differential.Random
{
    /// <summary>Traversals of the random programs' syntax tree.</summary>
    internal static class RandomWalk
    {
        /// <summary>Every statement of a block, nested ones included, in source order.</summary>
        public static IEnumerable<Stmt> Statements(Block block)
        {
            foreach (var s in block.Statements)
            {
                yield return s;
                foreach (var inner in Children(s).SelectMany(Statements)) yield return inner;
            }
        }

        public static IEnumerable<Block> Children(Stmt statement)
        {
            switch (statement)
            {
                case If i:
                    yield return i.Then;
                    if (i.Else != null) yield return i.Else;
                    break;
                case While w: yield return w.Body; break;
                case For f: yield return f.Body; break;
                case Try t:
                    yield return t.Body;
                    foreach (var h in t.Handlers) yield return h.Body;
                    if (t.Finally != null) yield return t.Finally;
                    break;
            }
        }

        /// <summary>The expressions a statement holds directly (conditions' operands included).</summary>
        public static IEnumerable<Expr> Expressions(Stmt statement) => statement switch
        {
            Assign a => new[] { a.Value },
            YieldS y => new[] { y.Value },
            YieldFromS y => new[] { y.Argument },
            Print p => p.Values,
            If i => Expressions(i.Condition),
            While w => w.Extra == null ? Enumerable.Empty<Expr>() : Expressions(w.Extra),
            Jump j => Expressions(j.Guard).Concat(j.Value == null ? Enumerable.Empty<Expr>() : new[] { j.Value }),
            _ => Enumerable.Empty<Expr>(),
        };

        public static IEnumerable<Expr> Expressions(Cond condition) => condition switch
        {
            Cmp c => new[] { c.Left, c.Right },
            Not n => Expressions(n.Operand),
            Logic l => Expressions(l.Left).Concat(Expressions(l.Right)),
            _ => Enumerable.Empty<Expr>(),
        };

        /// <summary>An expression and all its subexpressions.</summary>
        public static IEnumerable<Expr> Nodes(Expr expr)
        {
            yield return expr;
            var children = expr switch
            {
                Bin b => new[] { b.Left, b.Right },
                YieldE y => new[] { y.Value },
                YieldFromE y => new[] { y.Argument },
                CallE c => new[] { c.A, c.B },
                _ => System.Array.Empty<Expr>(),
            };
            foreach (var child in children)
            foreach (var node in Nodes(child))
                yield return node;
        }

        public static IEnumerable<Expr> AllExpressions(Function function) =>
            Statements(function.Body).SelectMany(Expressions).Append(function.Result).SelectMany(Nodes);

        /// <summary>Names read anywhere in a function (while counters by their loop's condition).</summary>
        public static IEnumerable<string> Reads(Function function) =>
            AllExpressions(function).OfType<Var>().Select(v => v.Name)
                .Concat(Statements(function.Body).OfType<While>().Select(w => w.Counter));

        /// <summary>Whether the function yields anywhere (Python needs one yield to make it a generator function).</summary>
        public static bool Yields(Function function) =>
            Statements(function.Body).Any(s => s is YieldS or YieldFromS) || AllExpressions(function).Any(e => e is YieldE or YieldFromE);

        /// <summary>A measure for the shrinker: statements, expression nodes and driver steps.</summary>
        public static int Size(RandomProgram program) =>
            program.Subs.Append(program.Main).Sum(Size) + program.Driver.Length + (program.Argument == 0 ? 0 : 1);

        public static int Size(Function function) =>
            Statements(function.Body).Count() * 3 + AllExpressions(function).Count(e => e is not Lit { Value: 0 })
            + Statements(function.Body).OfType<Jump>().Sum(j => Conditions(j.Guard))
            + Statements(function.Body).OfType<If>().Sum(i => Conditions(i.Condition) + (i.Else == null ? 0 : 1))
            + Statements(function.Body).OfType<While>().Sum(w => w.Limit + (w.Extra == null ? 0 : Conditions(w.Extra)))
            + Statements(function.Body).OfType<For>().Sum(f => f.Count)
            + Statements(function.Body).OfType<Try>().Sum(t => t.Handlers.Length + (t.Finally == null ? 0 : 1))
            + Statements(function.Body).OfType<Print>().Sum(p => p.Exception == null ? 0 : 1);

        private static int Conditions(Cond condition) => condition switch
        {
            Not n => 1 + Conditions(n.Operand),
            Logic l => 1 + Conditions(l.Left) + Conditions(l.Right),
            _ => 1,
        };
    }
}
