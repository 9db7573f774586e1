using System;
using System.Collections.Immutable;
using System.Linq;

namespace Coroutines.Differential.Random
{
    /// <summary>Bottom-up rewrites of statements and expressions.</summary>
    internal static class RandomTransform
    {
        /// <summary>
        /// Rewrites every expression with <paramref name="expr"/> (children first) and every statement with
        /// <paramref name="stmt"/> (after its parts); a statement mapped to null is dropped.
        /// </summary>
        public static Block MapBlock(Block block, Func<Stmt, Stmt?> stmt, Func<Expr, Expr> expr) =>
            new(block.Statements.Select(s => MapStmt(s, stmt, expr)).Where(s => s != null).Select(s => s!).ToImmutableArray());

        public static Function MapFunction(Function function, Func<Stmt, Stmt?> stmt, Func<Expr, Expr> expr) =>
            function with { Body = MapBlock(function.Body, stmt, expr), Result = MapExpr(function.Result, expr) };

        private static Stmt? MapStmt(Stmt statement, Func<Stmt, Stmt?> stmt, Func<Expr, Expr> expr)
        {
            Block B(Block b) => MapBlock(b, stmt, expr);
            Expr E(Expr e) => MapExpr(e, expr);
            Cond C(Cond c) => MapCond(c, expr);
            Stmt mapped = statement switch
            {
                Assign a => a with { Value = E(a.Value) },
                YieldS y => y with { Value = E(y.Value) },
                YieldFromS y => y with { Argument = E(y.Argument) },
                Print p => p with { Values = p.Values.Select(E).ToImmutableArray() },
                If i => new If(C(i.Condition), B(i.Then), i.Else == null ? null : B(i.Else)),
                While w => w with { Extra = w.Extra == null ? null : C(w.Extra), Body = B(w.Body) },
                For f => f with { Body = B(f.Body) },
                Try t => new Try(B(t.Body), t.Handlers.Select(h => h with { Body = B(h.Body) }).ToImmutableArray(), t.Finally == null ? null : B(t.Finally)),
                Jump j => j with { Guard = C(j.Guard), Value = j.Value == null ? null : E(j.Value) },
                _ => statement,
            };
            return stmt(mapped);
        }

        public static Expr MapExpr(Expr e, Func<Expr, Expr> map)
        {
            Expr mapped = e switch
            {
                Bin b => new Bin(b.Op, MapExpr(b.Left, map), MapExpr(b.Right, map)),
                YieldE y => new YieldE(MapExpr(y.Value, map)),
                YieldFromE y => y with { Argument = MapExpr(y.Argument, map) },
                CallE c => new CallE(MapExpr(c.A, map), MapExpr(c.B, map)),
                _ => e,
            };
            return map(mapped);
        }

        public static Cond MapCond(Cond c, Func<Expr, Expr> map) => c switch
        {
            Cmp x => new Cmp(x.Op, MapExpr(x.Left, map), MapExpr(x.Right, map)),
            Not n => new Not(MapCond(n.Operand, map)),
            Logic l => new Logic(l.Op, MapCond(l.Left, map), MapCond(l.Right, map)),
            _ => c,
        };
    }
}
