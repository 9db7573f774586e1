using System.Collections.Immutable;
using System.Linq;

namespace Coroutines.Differential.Random
{
    /// <summary>Where a statement stands: what it may read and which jumps both languages accept there.</summary>
    internal sealed record Place(
        int Depth,
        bool CanBreak,
        bool InFinally,
        bool CanReraise,
        ImmutableList<string> Readable,
        ImmutableList<string> CatchNames,
        int SubsVisible)
    {
        public static Place Top(int subsVisible) =>
            new(0, false, false, false, ImmutableList.Create(RandomNames.Parameter).AddRange(RandomNames.Locals), ImmutableList<string>.Empty, subsVisible);

        public Place InLoop(string? variable) =>
            this with { Depth = Depth + 1, CanBreak = true, Readable = variable == null ? Readable : Readable.Add(variable) };

        public Place InBranch() => this with { Depth = Depth + 1 };

        public Place InHandler(string name) => this with { Depth = Depth + 1, CanReraise = true, CatchNames = CatchNames.Add(name) };

        // C# forbids leaving a finally by a jump and a bare throw in a finally nested in a catch.
        public Place InFinallyBlock() => this with { Depth = Depth + 1, CanBreak = false, InFinally = true, CanReraise = false };
    }

    /// <summary>
    /// The rules every program keeps so that both printings are valid and mean the same: the generator builds only such
    /// programs, and the shrinker drops every variant that breaks one.
    /// </summary>
    internal static class RandomRules
    {
        public static bool IsValid(RandomProgram program)
        {
            for (int i = 0; i < program.Subs.Length; i++)
                if (!IsValid(program.Subs[i], i)) return false;
            return IsValid(program.Main, program.Subs.Length);
        }

        private static bool IsValid(Function function, int subsVisible)
        {
            var top = Place.Top(subsVisible);
            var counters = RandomWalk.Statements(function.Body).OfType<While>().Select(w => w.Counter).ToImmutableList();
            top = top with { Readable = top.Readable.AddRange(counters) };
            return Block(function.Body, top) && Expr(function.Result, top);
        }

        private static bool Block(Block block, Place place) => block.Statements.All(s => Statement(s, place));

        private static bool Statement(Stmt statement, Place place) => statement switch
        {
            Assign a => RandomNames.Locals.Contains(a.Name) && Expr(a.Value, place),
            YieldS y => Expr(y.Value, place),
            YieldFromS y => y.Sub < place.SubsVisible && Expr(y.Argument, place),
            Print p => (p.Exception == null || place.CatchNames.Contains(p.Exception)) && p.Values.All(v => Expr(v, place)),
            If i => Cond(i.Condition, place) && Block(i.Then, place.InBranch()) && (i.Else == null || Block(i.Else, place.InBranch())),
            While w => w.Limit >= 0 && (w.Extra == null || Cond(w.Extra, place)) && Block(w.Body, place.InLoop(null)),
            For f => f.Count >= 0 && !place.Readable.Contains(f.Variable) && Block(f.Body, place.InLoop(f.Variable)),
            Try t => (t.Handlers.Length > 0 || t.Finally != null)
                && t.Handlers.Select(h => h.Type).Distinct().Count() == t.Handlers.Length
                && Block(t.Body, place.InBranch())
                && t.Handlers.All(h => !place.CatchNames.Contains(h.Name) && Block(h.Body, place.InHandler(h.Name)))
                && (t.Finally == null || Block(t.Finally, place.InFinallyBlock())),
            Jump j => Cond(j.Guard, place) && j.Kind switch
            {
                JumpKind.Break or JumpKind.Continue => place.CanBreak,
                JumpKind.Return => !place.InFinally && j.Value != null && Expr(j.Value, place),
                JumpKind.Raise => j.Type != null,
                JumpKind.Reraise => place.CanReraise,
                _ => false,
            },
            _ => false,
        };

        private static bool Expr(Expr expr, Place place) => expr switch
        {
            Lit => true,
            Var v => place.Readable.Contains(v.Name),
            Bin b => Expr(b.Left, place) && Expr(b.Right, place),
            YieldE y => Expr(y.Value, place),
            YieldFromE y => y.Sub < place.SubsVisible && Expr(y.Argument, place),
            CallE c => Expr(c.A, place) && Expr(c.B, place),
            _ => false,
        };

        private static bool Cond(Cond condition, Place place) => condition switch
        {
            // C# would warn about a comparison of a variable with itself and treat a constant condition's dead branch
            // as unreachable code.
            Cmp c => Expr(c.Left, place) && Expr(c.Right, place) && (!IsConstant(c.Left) || !IsConstant(c.Right))
                     && !(c.Left is Var l && c.Right is Var r && l.Name == r.Name),
            Not n => Cond(n.Operand, place),
            Logic l => Cond(l.Left, place) && Cond(l.Right, place),
            _ => false,
        };

        public static bool IsConstant(Expr expr) => RandomWalk.Nodes(expr).All(e => e is Lit or Bin);
    }
}
