using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Coroutines.Differential.Random
{
    /// <summary>
    /// Size bounds of the random programs, and the shapes left out. A shape is left out only to look past a known
    /// discrepancy: <c>COROUTINES_DIFF_WORKAROUNDS</c> (comma-separated) adds to <see cref="DefaultWorkarounds"/>,
    /// and <c>COROUTINES_DIFF_WORKAROUNDS=none</c> generates every shape. <c>COROUTINES_DIFF_LARGE=1</c> makes programs
    /// and drivers about twice as big.
    /// </summary>
    internal sealed record RandomLimits(int MaxDepth = 3, int MaxBlock = 4, int MainStatements = 16, int SubStatements = 7, int MaxExpressionDepth = 2, int MaxDriver = 14)
    {
        /// <summary>
        /// Shapes the generator knows: <c>yieldfrom</c> (delegation), <c>reraise</c> (bare raise), <c>finallyyield</c>
        /// (yields in finally blocks), <c>handleryield</c> (yields in except blocks), <c>close</c> (the driver's close),
        /// <c>throw</c> (the driver's throw).
        /// </summary>
        public static readonly ImmutableHashSet<string> Shapes = ImmutableHashSet.Create("yieldfrom", "reraise", "finallyyield", "handleryield", "close", "throw");

        /// <summary>Shapes left out unless asked for; empty while the project has no known bug these programs reach.</summary>
        public static readonly ImmutableHashSet<string> DefaultWorkarounds = ImmutableHashSet<string>.Empty;

        public ImmutableHashSet<string> Workarounds { get; init; } = DefaultWorkarounds;

        public static RandomLimits FromEnvironment()
        {
            var limits = Environment.GetEnvironmentVariable("COROUTINES_DIFF_LARGE") == "1"
                ? new RandomLimits(MaxDepth: 4, MaxBlock: 5, MainStatements: 32, SubStatements: 12, MaxExpressionDepth: 3, MaxDriver: 30)
                : new RandomLimits();
            string? text = Environment.GetEnvironmentVariable("COROUTINES_DIFF_WORKAROUNDS");
            if (text == null) return limits;
            var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableHashSet();
            var unknown = names.Where(n => n != "none" && !Shapes.Contains(n)).ToList();
            if (unknown.Count > 0) throw new ArgumentException("unknown COROUTINES_DIFF_WORKAROUNDS: " + string.Join(",", unknown) + "; known: " + string.Join(",", Shapes));
            return limits with { Workarounds = names.Contains("none") ? ImmutableHashSet<string>.Empty : DefaultWorkarounds.Union(names) };
        }

        public bool Allows(string shape) => !Workarounds.Contains(shape);
    }

    /// <summary>Builds one random program from a seed: the same seed and limits give the same program.</summary>
    internal sealed class RandomProgramGenerator
    {
        private readonly System.Random random;
        private readonly RandomLimits limits;
        private int budget, loops, handlers, marks;

        private RandomProgramGenerator(int seed, RandomLimits limits)
        {
            random = new System.Random(seed);
            this.limits = limits;
        }

        public static RandomProgram Generate(int seed, RandomLimits? limits = null) => new RandomProgramGenerator(seed, limits ?? new RandomLimits()).Program(seed);

        private RandomProgram Program(int seed)
        {
            int subCount = limits.Allows("yieldfrom") ? random.Next(3) : 0;
            var subs = ImmutableArray.CreateBuilder<Function>();
            for (int i = 0; i < subCount; i++) subs.Add(Function(RandomNames.SubName(i, csharp: false), i, limits.SubStatements));
            var main = Function("gen", subCount, limits.MainStatements);
            return new RandomProgram(seed, subs.ToImmutable(), main, random.Next(-2, 5), Driver());
        }

        private Function Function(string name, int subsVisible, int statements)
        {
            budget = statements;
            loops = handlers = 0;
            var place = Place.Top(subsVisible);
            var body = new List<Stmt>();
            if (Chance(0.5)) body.Add(new Print(name + "-start", null, ImmutableArray.Create<Expr>(new Var(RandomNames.Parameter))));
            body.AddRange(Block(place, 1 + random.Next(limits.MaxBlock + 1)).Statements);
            if (!body.Any(s => s is YieldS or YieldFromS) && !RandomWalk.Yields(new Function(name, new Block(body.ToImmutableArray()), new Lit(0))))
                body.Add(new YieldS(Expr(place, 1)));
            return new Function(name, new Block(body.ToImmutableArray()), Chance(0.5) ? Expr(place, limits.MaxExpressionDepth) : Value(place));
        }

        private Block Block(Place place, int count, bool leadingYield = false)
        {
            var statements = ImmutableArray.CreateBuilder<Stmt>();
            if (leadingYield) statements.Add(new YieldS(Value(place)));
            for (int i = 0; i < count && budget > 0; i++)
            {
                budget--;
                statements.Add(Statement(place));
            }
            return new Block(statements.ToImmutable());
        }

        private Block Nested(Place place, bool leadingYield = false) =>
            Block(place, 1 + random.Next(Math.Max(1, limits.MaxBlock - place.Depth)), leadingYield);

        private Stmt Statement(Place place)
        {
            bool compound = place.Depth < limits.MaxDepth;
            while (true)
            {
                int roll = random.Next(100);
                switch (roll)
                {
                    case < 20: return new Assign(Pick(RandomNames.Locals), Chance(0.25) ? new YieldE(Value(place)) : Expr(place, limits.MaxExpressionDepth));
                    case < 32: return new YieldS(Expr(place, 1));
                    case < 37 when place.SubsVisible > 0: return new YieldFromS(random.Next(place.SubsVisible), Value(place));
                    case < 50: return Print(place);
                    case < 58 when compound: return new If(Cond(place), Nested(place.InBranch()), Chance(0.5) ? Nested(place.InBranch()) : null);
                    case < 63 when compound:
                    {
                        string counter = "w" + loops++;
                        return new While(counter, 1 + random.Next(3), Chance(0.5) ? Cond(place) : null, Nested(place.InLoop(null)));
                    }
                    case < 68 when compound:
                    {
                        string variable = "i" + loops++;
                        return new For(variable, random.Next(4), Nested(place.InLoop(variable)));
                    }
                    case < 80 when compound: return Try(place);
                    case < 87 when place.CanBreak: return new Jump(Guard(place), Chance(0.5) ? JumpKind.Break : JumpKind.Continue);
                    case < 90 when !place.InFinally: return new Jump(Guard(place), JumpKind.Return, Expr(place, 1));
                    case < 94: return new Jump(Guard(place), JumpKind.Raise, Type: Pick(RandomNames.Exceptions));
                    case < 100 when place.CanReraise && limits.Allows("reraise"): return new Jump(Guard(place), JumpKind.Reraise);
                }
            }
        }

        private Stmt Print(Place place)
        {
            string? exception = place.CatchNames.Count > 0 && Chance(0.4) ? place.CatchNames[random.Next(place.CatchNames.Count)] : null;
            var values = Enumerable.Range(0, random.Next(3)).Select(_ => Expr(place, 1)).ToImmutableArray();
            return new Print("m" + marks++, exception, values);
        }

        private Stmt Try(Place place)
        {
            var body = Nested(place.InBranch(), leadingYield: Chance(0.5));
            var types = RandomNames.Exceptions.OrderBy(_ => random.Next()).Take(random.Next(3)).ToList();
            var clauses = ImmutableArray.CreateBuilder<Handler>();
            foreach (var type in types)
            {
                string name = "e" + handlers++;
                var inner = place.InHandler(name);
                var handlerBody = Nested(inner, leadingYield: limits.Allows("handleryield") && Chance(0.5));
                if (!limits.Allows("handleryield")) handlerBody = WithoutYields(handlerBody);
                clauses.Add(new Handler(type, name, handlerBody));
            }
            Block? final = null;
            if (clauses.Count == 0 || Chance(0.5))
            {
                final = Nested(place.InFinallyBlock(), leadingYield: limits.Allows("finallyyield") && Chance(0.5));
                if (!limits.Allows("finallyyield")) final = WithoutYields(final);
            }
            return new Try(body, clauses.ToImmutable(), final);
        }

        /// <summary>A block with its yields replaced (statements dropped, expressions by their operand), for workarounds.</summary>
        private static Block WithoutYields(Block block) => RandomTransform.MapBlock(block, s => s is YieldS or YieldFromS ? null : s, e => e switch
        {
            // a call keeps a condition that held a yield non-constant
            YieldE y => new CallE(y.Value, new Lit(0)),
            YieldFromE y => new CallE(y.Argument, new Lit(0)),
            _ => e,
        });

        /// <summary>A jump's guard: mostly an equality that holds only for some sent values, so runs go on a while.</summary>
        private Cond Guard(Place place)
        {
            if (Chance(0.3)) return Cond(place);
            Expr left = Chance(0.6) ? new YieldE(Value(place)) : Variable(place);
            return new Cmp(Chance(0.8) ? "==" : ">", left, new Lit(random.Next(1, 10)));
        }

        private Cond Cond(Place place)
        {
            int roll = random.Next(10);
            if (roll == 0) return new Not(Comparison(place));
            if (roll == 1) return new Logic(Chance(0.5) ? "and" : "or", Comparison(place), Comparison(place));
            return Comparison(place);
        }

        private Cmp Comparison(Place place)
        {
            string op = Pick(new[] { "<", "<=", ">", ">=", "==", "!=" });
            Expr left = random.Next(4) switch
            {
                0 => new YieldE(Value(place)),
                1 => new Bin(Chance(0.5) ? "+" : "-", Variable(place), Value(place)),
                _ => Variable(place),
            };
            Expr right = Chance(0.7) ? new Lit(random.Next(-2, 6)) : Value(place);
            if (left is Var l && right is Var r && l.Name == r.Name) right = new Lit(1);
            return Chance(0.2) ? new Cmp(op, right, left) : new Cmp(op, left, right);
        }

        private Expr Expr(Place place, int depth)
        {
            if (depth <= 0) return Value(place);
            int roll = random.Next(100);
            return roll switch
            {
                < 30 => Value(place),
                < 55 => new Bin(Chance(0.5) ? "+" : "-", Expr(place, depth - 1), Expr(place, depth - 1)),
                < 75 => new YieldE(Expr(place, depth - 1)),
                < 83 when place.SubsVisible > 0 => new YieldFromE(random.Next(place.SubsVisible), Expr(place, depth - 1)),
                < 92 => new CallE(Expr(place, depth - 1), Expr(place, depth - 1)),
                _ => Value(place),
            };
        }

        private Expr Value(Place place) => Chance(0.4) ? new Lit(random.Next(-2, 8)) : Variable(place);

        private Var Variable(Place place) => new(place.Readable[random.Next(place.Readable.Count)]);

        private ImmutableArray<Op> Driver()
        {
            int count = 3 + random.Next(limits.MaxDriver - 2);
            var ops = ImmutableArray.CreateBuilder<Op>();
            for (int i = 0; i < count; i++)
            {
                int roll = random.Next(100);
                // The first step is more often one that meets an unstarted generator.
                if (i == 0) roll = roll < 70 ? 0 : roll < 82 ? 40 : roll < 90 ? 75 : roll < 95 ? 88 : 99;
                var op = roll switch
                {
                    < 40 => new Op(OpKind.Next),
                    < 65 => new Op(OpKind.Send, random.Next(-2, 10)),
                    < 72 => new Op(OpKind.SendNone),
                    < 86 when limits.Allows("throw") => new Op(OpKind.Throw, Type: Pick(RandomNames.Exceptions)),
                    < 94 when limits.Allows("close") => new Op(OpKind.Close),
                    _ => new Op(OpKind.State),
                };
                ops.Add(op);
            }
            return ops.ToImmutable();
        }

        private bool Chance(double p) => random.NextDouble() < p;

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
    }
}
