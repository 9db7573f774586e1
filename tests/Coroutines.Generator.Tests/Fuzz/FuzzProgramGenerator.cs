using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Coroutines.Generator.Tests.Fuzz
{
    /// <summary>Size bounds of generated programs.</summary>
    internal sealed record FuzzLimits(int MaxDepth = 4, int MaxStatementsPerBlock = 4, int MaxStatements = 28, int MaxExpressionDepth = 3, int MaxLoopCount = 3)
    {
        public static readonly FuzzLimits Default = new FuzzLimits();

        /// <summary>
        /// Shapes to leave out because they hit a bug already found, so a long run can look past it
        /// (<c>COROUTINES_FUZZ_WORKAROUNDS=compound,checked,foreach,lambda,usingdecl,yieldfrom</c>):
        /// <c>compound</c> writes <c>v = v op (e)</c> for <c>v op= e</c>; <c>checked</c> makes no checked/unchecked blocks or
        /// expressions; <c>foreach</c> starts every foreach body with a yield; <c>lambda</c> defers no lambdas;
        /// <c>usingdecl</c> makes no <c>using var</c> declarations; <c>yieldfrom</c> makes no delegating coroutines.
        /// </summary>
        public ImmutableHashSet<string> Workarounds { get; init; } = ImmutableHashSet<string>.Empty;

        /// <summary>Bigger programs (<c>COROUTINES_FUZZ_LARGE=1</c>): deeper nesting, longer blocks, larger expressions.</summary>
        public static readonly FuzzLimits Large = new FuzzLimits(MaxDepth: 6, MaxStatementsPerBlock: 5, MaxStatements: 50, MaxExpressionDepth: 4);

        public static FuzzLimits FromEnvironment()
        {
            var limits = Environment.GetEnvironmentVariable("COROUTINES_FUZZ_LARGE") == "1" ? Large : Default;
            string? workarounds = Environment.GetEnvironmentVariable("COROUTINES_FUZZ_WORKAROUNDS");
            return workarounds == null ? limits : limits with { Workarounds = workarounds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableHashSet() };
        }
    }

    /// <summary>
    /// Builds a random program that is valid, warning-free C# in both printings and always terminates:
    /// <list type="bullet">
    /// <item>every loop is bounded by a counter nobody else writes (and that the condition tests first);</item>
    /// <item>every jump is guarded by a run-time condition (<c>if (c) break;</c>), so no code is unreachable;</item>
    /// <item>goto only jumps forward, to a label in an enclosing block, never out of a finally; the locals of that
    ///   block declared after the goto go out of use at the label (they may be unassigned there);</item>
    /// <item>conditions are never constant; every local is read somewhere; names are unique in the program, except
    ///   locals that sibling scopes declare again (as C# allows);</item>
    /// <item>resume points stay out of <c>when</c> clauses, catch filters and the receiver of <c>?.</c> (diagnosed by design);</item>
    /// <item>catch filters only read the exception, because the coroutine runs an outer filter after an inner
    ///   pausing finally (as the C# compiler's await lowering does), a documented difference in timing.</item>
    /// </list>
    /// </summary>
    internal sealed class FuzzProgramGenerator
    {
        private static readonly string[] Atoms = { "< 0", "0", "1", "2", "3", "4", "5", "(>= 6 and < 10)", "10", ">= 11" };
        private static readonly string[] ExceptionTypes = { "E1", "E2", "E3" };

        private readonly Random random;
        private readonly FuzzLimits limits;
        private readonly List<Frame> stack = new List<Frame>();
        private int names;
        private int statements;

        private FuzzProgramGenerator(int seed, FuzzLimits limits)
        {
            random = new Random(seed);
            this.limits = limits;
        }

        public static FuzzProgram Generate(int seed, FuzzLimits? limits = null)
        {
            var generator = new FuzzProgramGenerator(seed, limits ?? FuzzLimits.Default);
            int count = generator.random.Next(100) switch { < 55 => 0, < 85 => 1, _ => 2 };
            if (generator.limits.Workarounds.Contains("yieldfrom")) count = 0;
            var subs = new List<Block>();
            for (int i = 0; i < count; i++)
            {
                // a smaller body, with the parameter a, that may delegate to the subs before it
                generator.subs = i;
                generator.statements = generator.limits.MaxStatements / 2;
                subs.Add(generator.Body(parameter: "a"));
            }
            generator.subs = count;
            generator.statements = 0;
            return new FuzzProgram(seed, generator.Body()) { Subs = subs.ToImmutableArray() };
        }

        /// <summary>How many coroutines the body being generated may delegate to (Sub0…).</summary>
        private int subs;

        // ---- scopes -------------------------------------------------------------------------------------

        private enum FrameKind { Block, Loop, Switch, Catch, Finally }

        private sealed class Local
        {
            public Local(string name, bool writable, int index)
            {
                Name = name;
                Writable = writable;
                Index = index;
            }

            public string Name { get; }
            public bool Writable { get; }
            public int Index { get; }
            public bool Read { get; set; }
            public bool Resource { get; init; }
        }

        private sealed class Frame
        {
            public Frame(FrameKind kind) => Kind = kind;

            public FrameKind Kind { get; }

            // Block frames
            public List<Local> Locals { get; } = new List<Local>();
            public List<Stmt> Statements { get; } = new List<Stmt>();
            public List<(string Label, int FirstGoto)> PendingLabels { get; } = new List<(string, int)>();
            public bool AllowsUsingDeclaration { get; init; }

            // Switch frames: the sections still to come that goto case may target
            public List<string?> LaterCases { get; } = new List<string?>();

            // Block frames: names declared right here, and anywhere inside (C# forbids a name declared in a block
            // again in a block nested in it, before or after); the sections of a switch are one block and share both
            public HashSet<string> DirectNames { get; init; } = new HashSet<string>();
            public HashSet<string> SubtreeNames { get; init; } = new HashSet<string>();
        }

        private IEnumerable<Local> Visible => stack.Where(f => f.Kind == FrameKind.Block).SelectMany(f => f.Locals);

        private Frame CurrentBlock => stack.Last(f => f.Kind == FrameKind.Block);

        private string NewName(string prefix) => prefix + ++names;

        private int Depth => stack.Count(f => f.Kind == FrameKind.Block) - 1;

        private bool Chance(int percent) => random.Next(100) < percent;

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        // ---- statements ---------------------------------------------------------------------------------

        private Block Body(string? parameter = null)
        {
            var frame = new Frame(FrameKind.Block) { AllowsUsingDeclaration = true };
            if (parameter != null)
            {
                frame.Locals.Add(new Local(parameter, writable: true, index: -1) { Read = true });
                frame.DirectNames.Add(parameter);
            }
            stack.Add(frame);
            GenerateStatements(frame, random.Next(2, limits.MaxStatementsPerBlock + 1));
            FlushLabels(frame);
            ReadUnread(frame, frame.Locals);
            frame.Statements.Add(new ReturnS(Int(0, nonConstant: false)));
            stack.RemoveAt(stack.Count - 1);
            return new Block(frame.Statements.ToImmutableArray());
        }

        private Block NewBlock(int min = 0, bool allowsUsingDeclaration = true, Action<Frame>? prelude = null, (HashSet<string> Direct, HashSet<string> Subtree)? names = null)
        {
            var frame = names is { } shared
                ? new Frame(FrameKind.Block) { AllowsUsingDeclaration = allowsUsingDeclaration, DirectNames = shared.Direct, SubtreeNames = shared.Subtree }
                : new Frame(FrameKind.Block) { AllowsUsingDeclaration = allowsUsingDeclaration };
            stack.Add(frame);
            prelude?.Invoke(frame);
            int count = statements >= limits.MaxStatements ? min : random.Next(min, limits.MaxStatementsPerBlock + 1);
            GenerateStatements(frame, count);
            FlushLabels(frame);
            ReadUnread(frame, frame.Locals);
            stack.RemoveAt(stack.Count - 1);
            return new Block(frame.Statements.ToImmutableArray());
        }

        private void GenerateStatements(Frame frame, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (frame.PendingLabels.Count > 0 && Chance(40))
                {
                    PlaceLabel(frame, frame.PendingLabels[0]);
                    continue;
                }
                var statement = Statement(allowDeclaration: true);
                frame.Statements.Add(statement);
            }
        }

        /// <summary>Places a pending label before a new statement, generated once the locals the label cannot see are dropped.</summary>
        private void PlaceLabel(Frame frame, (string Label, int FirstGoto) pending)
        {
            frame.PendingLabels.Remove(pending);
            DropAfter(frame, pending.FirstGoto);
            var inner = random.Next(3) == 0 ? new MarkS("at " + pending.Label) : Statement(allowDeclaration: false);
            frame.Statements.Add(new LabeledS(pending.Label, inner));
        }

        private void FlushLabels(Frame frame)
        {
            while (frame.PendingLabels.Count > 0)
            {
                var pending = frame.PendingLabels[0];
                frame.PendingLabels.RemoveAt(0);
                DropAfter(frame, pending.FirstGoto);
                frame.Statements.Add(new LabeledS(pending.Label, new MarkS("at " + pending.Label)));
            }
        }

        /// <summary>A label reached by a goto from statement <paramref name="firstGoto"/>: the locals declared after it may be unassigned there.</summary>
        private void DropAfter(Frame frame, int firstGoto)
        {
            var dropped = frame.Locals.Where(l => l.Index > firstGoto).ToList();
            ReadUnread(frame, dropped);
            foreach (var local in dropped) frame.Locals.Remove(local);
        }

        /// <summary>Reads the locals nothing read, so that none draws "assigned but never used".</summary>
        private void ReadUnread(Frame frame, IEnumerable<Local> locals)
        {
            var unread = locals.Where(l => !l.Read && !l.Resource).ToList();
            foreach (var local in unread) local.Read = true;
            if (unread.Count > 0) frame.Statements.Add(new PrintS(unread.Select(l => (Expr)new Var(l.Name)).ToImmutableArray()));
        }

        private void Declare(string name, bool writable, bool resource = false)
        {
            var frame = CurrentBlock;
            frame.Locals.Add(new Local(name, writable, frame.Statements.Count) { Resource = resource, Read = resource });
            frame.DirectNames.Add(name);
            foreach (var block in stack.Where(f => f.Kind == FrameKind.Block)) block.SubtreeNames.Add(name);
        }

        private readonly List<string> declaredNames = new List<string>();

        /// <summary>
        /// A new local's name: usually fresh, sometimes one a sibling scope already used (C# allows it), so that the
        /// lowering has to tell the two variables apart.
        /// </summary>
        private string LocalName()
        {
            if (Chance(30))
            {
                var frame = CurrentBlock;
                var taken = stack.Where(f => f.Kind == FrameKind.Block).SelectMany(f => f.DirectNames).Concat(frame.SubtreeNames).ToHashSet();
                var reusable = declaredNames.Where(n => !taken.Contains(n)).Distinct().ToList();
                if (reusable.Count > 0) return Pick(reusable);
            }
            string name = NewName("v");
            declaredNames.Add(name);
            return name;
        }

        private Stmt Statement(bool allowDeclaration)
        {
            statements++;
            bool compound = Depth < limits.MaxDepth && statements < limits.MaxStatements;
            var frame = CurrentBlock;
            var choices = new List<(int Weight, Func<Stmt?> Make)>
            {
                (allowDeclaration ? 14 : 0, Declaration),
                (16, YieldStatement),
                (12, ExpressionStatement),
                (4, () => new PrintS(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Int(1, nonConstant: false)).ToImmutableArray())),
                (10, Jump),
                (limits.Workarounds.Contains("lambda") ? 0 : 4, Defer),
                (2, () => new RunDeferredS()),
                (compound ? 10 : 0, If),
                (compound && allowDeclaration ? 5 : 0, While),
                (compound && allowDeclaration ? 4 : 0, Do),
                (compound ? 6 : 0, For),
                (compound ? 6 : 0, ForEach),
                (compound ? 6 : 0, Switch),
                (compound ? 10 : 0, Try),
                (compound ? 4 : 0, Using),
                (allowDeclaration && frame.AllowsUsingDeclaration && !limits.Workarounds.Contains("usingdecl") ? 2 : 0, UsingDeclaration),
                (compound ? 2 : 0, () => Checked()),
                (compound ? 2 : 0, () => NewBlock(1)),
            };
            while (true)
            {
                int total = choices.Sum(c => c.Weight);
                int roll = random.Next(total);
                foreach (var (weight, make) in choices)
                {
                    if (roll < weight)
                    {
                        var made = make();
                        if (made != null) return made;
                        break;
                    }
                    roll -= weight;
                }
            }
        }

        /// <summary>A lambda that captures locals (loop-body locals are fresh each pass; for counters are not).</summary>
        private Stmt? Defer()
        {
            var readable = Visible.Where(l => !l.Resource).ToList();
            if (readable.Count == 0) return null;
            var values = Enumerable.Range(0, random.Next(1, 3)).Select(_ =>
            {
                var local = Pick(readable);
                local.Read = true;
                return (Expr)new Var(local.Name);
            }).ToImmutableArray();
            var writable = readable.Where(l => l.Writable).ToList();
            return new DeferS(values, writable.Count > 0 && Chance(40) ? Pick(writable).Name : null);
        }

        private Stmt Declaration()
        {
            string name = LocalName();
            var init = Chance(25) ? new YieldE(Int(1, nonConstant: false)) : Int(0, nonConstant: false);
            Declare(name, writable: true);
            return new DeclS(name, init);
        }

        private Stmt YieldStatement()
        {
            var writable = Visible.Where(l => l.Writable).ToList();
            if (writable.Count > 0 && Chance(40))
            {
                var target = Pick(writable);
                return new ExprS(Assign(target.Name, Pick(new[] { "=", "=", "+=", "-=" }), new YieldE(Int(1, nonConstant: false))));
            }
            if (Chance(30)) return new ExprS(new CallE("Fz.L", ImmutableArray.Create(Int(1, false), Int(1, false))));
            if (subs > 0 && Chance(20)) return new ExprS(new YieldFromE(random.Next(subs), Int(1, nonConstant: false)));
            return new ExprS(new YieldE(Int(1, nonConstant: false)));
        }

        private Stmt? ExpressionStatement()
        {
            var writable = Visible.Where(l => l.Writable).ToList();
            switch (random.Next(6))
            {
                case 0 when writable.Count > 0:
                    var target = Pick(writable);
                    var value = Int(0, nonConstant: false);
                    string op = Pick(new[] { "=", "+=", "-=", "*=", "^=" });
                    // v = v draws a warning; v += v reads v as the value did
                    return new ExprS(Assign(target.Name, op == "=" && IsItself(value, target.Name) ? "+=" : op, value));
                case 1 when writable.Count > 0:
                    return new ExprS(new IncE(Pick(writable).Name, Chance(50), Chance(30)));
                case 2:
                    return new ExprS(new PairE(Chance(50) ? Int(1, false) : null, Int(1, false), Int(1, false)));
                case 3:
                    var resources = Visible.Where(l => l.Resource).ToList();
                    if (resources.Count == 0) return null;
                    return new ExprS(new TouchE(Pick(resources).Name, Int(1, false)));
                case 4:
                    return new MarkS("m" + ++names);
                default:
                    return new ExprS(new CallE("Fz.L", ImmutableArray.Create(Int(0, false), Int(0, false))));
            }
        }

        private Stmt? Jump()
        {
            var options = new List<Func<Jump?>>();
            // break/continue: the innermost target, unless a finally stands between
            Frame? breakTarget = null, continueTarget = null;
            bool barrier = false, breakBarrier = false, continueBarrier = false, rethrow = false, rethrowDecided = false;
            for (int i = stack.Count - 1; i >= 0; i--)
            {
                var f = stack[i];
                if (f.Kind == FrameKind.Finally)
                {
                    barrier = true;
                    if (!rethrowDecided) rethrowDecided = true;
                }
                if (f.Kind == FrameKind.Catch && !rethrowDecided)
                {
                    rethrow = true;
                    rethrowDecided = true;
                }
                if ((f.Kind == FrameKind.Loop || f.Kind == FrameKind.Switch) && breakTarget == null)
                {
                    breakTarget = f;
                    breakBarrier = barrier;
                }
                if (f.Kind == FrameKind.Loop && continueTarget == null)
                {
                    continueTarget = f;
                    continueBarrier = barrier;
                }
            }
            bool inFinally = stack.Any(f => f.Kind == FrameKind.Finally);
            if (breakTarget != null && !breakBarrier) options.Add(() => new BreakJ());
            if (continueTarget != null && !continueBarrier) options.Add(() => new ContinueJ());
            if (!inFinally) options.Add(() => new ReturnJ(Int(1, nonConstant: false)));
            options.Add(() => new ThrowJ(Pick(ExceptionTypes), Int(1, nonConstant: false)));
            if (rethrow) options.Add(() => new RethrowJ());
            options.Add(Goto);
            options.Add(Goto);
            if (breakTarget != null && !breakBarrier && breakTarget.Kind == FrameKind.Switch && breakTarget.LaterCases.Count > 0)
                options.Add(() => new GotoCaseJ(Pick(breakTarget.LaterCases)));
            var jump = Pick(options)();
            if (jump == null) return null;
            return new JumpS(Bool(1), jump);
        }

        private Jump? Goto()
        {
            var targets = new List<Frame>();
            for (int i = stack.Count - 1; i >= 0; i--)
            {
                if (stack[i].Kind == FrameKind.Finally) break;
                if (stack[i].Kind == FrameKind.Block) targets.Add(stack[i]);
            }
            if (targets.Count == 0) return null;
            var target = Pick(targets);
            if (target.PendingLabels.Count > 0 && Chance(50)) return new GotoJ(Pick(target.PendingLabels).Label);
            string label = "L" + ++names;
            target.PendingLabels.Add((label, target.Statements.Count));
            return new GotoJ(label);
        }

        private Stmt If()
        {
            var condition = Bool(0);
            var then = NewBlock(1);
            var otherwise = Chance(40) ? NewBlock(1) : null;
            return new IfS(condition, then, otherwise);
        }

        private int Limit() => Chance(10) ? 0 : random.Next(1, limits.MaxLoopCount + 1);

        private Expr? Extra() => Chance(35) ? Bool(1) : null;

        private Block LoopBody(string? counter, bool counterReadable = true)
        {
            var loop = new Frame(FrameKind.Loop);
            stack.Add(loop);
            var body = NewBlock(1, prelude: f =>
            {
                if (counter != null && counterReadable) f.Locals.Add(new Local(counter, writable: false, index: -1) { Read = true });
            });
            stack.RemoveAt(stack.Count - 1);
            return body;
        }

        private Stmt While()
        {
            string counter = NewName("k");
            int limit = Limit();
            var extra = ExtraWithCounter(counter);
            var body = LoopBody(counter);
            return new WhileS(counter, limit, extra, body);
        }

        private Stmt Do()
        {
            string counter = NewName("k");
            int limit = Limit();
            var body = LoopBody(counter);
            var extra = ExtraWithCounter(counter);
            return new DoS(counter, limit, extra, body);
        }

        /// <summary>The rest of a loop condition, which may read the counter.</summary>
        private Expr? ExtraWithCounter(string counter)
        {
            var frame = CurrentBlock;
            var local = new Local(counter, writable: false, index: int.MaxValue) { Read = true };
            frame.Locals.Add(local);
            var extra = Extra();
            frame.Locals.Remove(local);
            return extra;
        }

        private Stmt For()
        {
            string counter = NewName("k");
            int limit = Limit();
            var init = Chance(20) ? Int(1, nonConstant: false) : null;
            var extra = ExtraWithCounter(counter);
            var step = Chance(20) ? Int(1, nonConstant: false) : null;
            var body = LoopBody(counter);
            return new ForS(counter, limit, init, extra, step, body);
        }

        private Stmt ForEach()
        {
            Source source = random.Next(5) switch
            {
                0 => new StaticArraySrc(),
                1 => new SeqSrc(Int(1, nonConstant: false)),
                2 => new ListSrc(Items()),
                _ => new ArraySrc(Items()),
            };
            string name = NewName("x");
            var body = LoopBody(name);
            if (limits.Workarounds.Contains("foreach"))
                body = new Block(body.Statements.Insert(0, new ExprS(new YieldE(new Var(name)))));
            return new ForEachS(name, source, body);
        }

        private ImmutableArray<Expr> Items() =>
            Enumerable.Range(0, random.Next(1, limits.MaxLoopCount + 1)).Select(_ => Int(1, nonConstant: false)).ToImmutableArray();

        private Stmt Switch()
        {
            var subject = Chance(50) ? new CallE("Fz.M", ImmutableArray.Create(Int(1, false))) : Int(1, nonConstant: true);
            int sectionCount = random.Next(1, 5);
            var atoms = Atoms.OrderBy(_ => random.Next()).ToList();
            atoms.RemoveAt(0); // never cover every value: a discard or default stays reachable
            bool hasDefault = false;
            var plans = new List<List<(string? Pattern, bool When)>>();
            for (int s = 0; s < sectionCount; s++)
            {
                var labels = new List<(string?, bool)>();
                int labelCount = Chance(25) ? 2 : 1;
                for (int l = 0; l < labelCount; l++)
                {
                    if (!hasDefault && Chance(15))
                    {
                        hasDefault = true;
                        labels.Add((null, false));
                        continue;
                    }
                    if (atoms.Count == 0) break;
                    string pattern = atoms[0];
                    atoms.RemoveAt(0);
                    if (atoms.Count > 0 && Chance(25))
                    {
                        pattern += " or " + atoms[0];
                        atoms.RemoveAt(0);
                    }
                    labels.Add((pattern, Chance(20)));
                }
                if (labels.Count == 0) break;
                plans.Add(labels);
            }

            var switchFrame = new Frame(FrameKind.Switch);
            var sectionNames = (new HashSet<string>(), new HashSet<string>());
            // goto case targets: plain constant labels of later sections, and default
            var sections = new List<Section>();
            for (int s = 0; s < plans.Count; s++)
            {
                switchFrame.LaterCases.Clear();
                for (int t = s + 1; t < plans.Count; t++)
                    foreach (var (pattern, when) in plans[t])
                        if (pattern == null) switchFrame.LaterCases.Add(null);
                        else if (!when && int.TryParse(pattern, out _)) switchFrame.LaterCases.Add(pattern);
                var labels = plans[s].Select(p => new CaseLabel(p.Pattern, p.When && p.Pattern != null ? Bool(1, allowYield: false) : null)).ToImmutableArray();
                stack.Add(switchFrame);
                var body = NewBlock(0, allowsUsingDeclaration: false, names: sectionNames);
                stack.RemoveAt(stack.Count - 1);
                sections.Add(new Section(labels, body));
            }
            return new SwitchS(subject, sections.ToImmutableArray());
        }

        private Stmt Try()
        {
            var body = NewBlock(1);
            var catches = new List<Catch>();
            var types = ExceptionTypes.OrderBy(_ => random.Next()).Take(random.Next(0, 3)).ToList();
            if (Chance(20)) types.Add("Exception");
            foreach (var type in types)
            {
                string? name = Chance(60) ? NewName("e") : null;
                int? filter = name != null && type != "Exception" && Chance(25) ? random.Next(0, 25) : null;
                var frame = new Frame(FrameKind.Catch);
                stack.Add(frame);
                var handler = NewBlock(0);
                stack.RemoveAt(stack.Count - 1);
                catches.Add(new Catch(type, name, filter, handler));
            }
            Block? finallyBlock = null;
            if (catches.Count == 0 || Chance(50))
            {
                var frame = new Frame(FrameKind.Finally);
                stack.Add(frame);
                finallyBlock = NewBlock(0, prelude: f => f.Statements.Add(new MarkS("finally " + ++names)));
                stack.RemoveAt(stack.Count - 1);
            }
            return new TryS(body, catches.ToImmutableArray(), finallyBlock);
        }

        private Stmt Using()
        {
            string name = NewName("r");
            bool declared = Chance(60);
            var argument = Int(1, nonConstant: false);
            var body = NewBlock(0, prelude: f =>
            {
                if (declared) f.Locals.Add(new Local(name, writable: false, index: -1) { Resource = true, Read = true });
            });
            return new UsingS(name, declared, argument, body);
        }

        private Stmt? UsingDeclaration()
        {
            var frame = CurrentBlock;
            // A goto may not jump forward over a using declaration, even one in a nested block (C# checks the text):
            // place this block's pending labels first, and declare nothing while an enclosing block waits for one.
            // The same holds for goto case, so none inside a switch either.
            if (stack.Any(f => (f != frame && f.PendingLabels.Count > 0) || f.Kind == FrameKind.Switch)) return null;
            FlushLabels(frame);
            string name = NewName("r");
            var argument = Int(1, nonConstant: false);
            Declare(name, writable: false, resource: true);
            return new UsingDeclS(name, argument);
        }

        private Stmt? Checked() => limits.Workarounds.Contains("checked") ? null : new CheckedS(Chance(70), NewBlock(1));

        /// <summary>True when <paramref name="value"/> is the variable itself (<c>v = v</c> draws a warning).</summary>
        private static bool IsItself(Expr value, string name) => value switch
        {
            Var v => v.Name == name,
            CheckedE c => IsItself(c.Value, name),
            _ => false,
        };

        private AssignE Assign(string name, string op, Expr value) =>
            op != "=" && limits.Workarounds.Contains("compound")
                ? new AssignE(name, "=", new BinE(op.Substring(0, op.Length - 1), new Var(name), value))
                : new AssignE(name, op, value);

        // ---- expressions --------------------------------------------------------------------------------

        /// <summary>An int expression; <paramref name="nonConstant"/> demands one the compiler cannot fold.</summary>
        private Expr Int(int depth, bool nonConstant, bool allowYield = true)
        {
            bool leaf = depth >= limits.MaxExpressionDepth;
            var all = Visible.ToList();
            var readable = all.Where(l => !l.Resource).ToList();
            var writable = readable.Where(l => l.Writable).ToList();
            var choices = new List<(int Weight, Func<Expr?> Make)>
            {
                (nonConstant ? 0 : 10, () => new Lit(random.Next(6))),
                (1, () => new BigE()),
                (readable.Count > 0 ? 14 : 0, () =>
                {
                    var local = Pick(readable);
                    local.Read = true;
                    return new Var(local.Name);
                }),
                (allowYield ? 12 : 0, () => new YieldE(Int(depth + 1, false, allowYield))),
                (allowYield && subs > 0 ? 3 : 0, () => new YieldFromE(random.Next(subs), Int(depth + 1, false, allowYield))),
                (!leaf ? 8 : 0, () => new CallE("Fz.L", ImmutableArray.Create(Int(depth + 1, false, allowYield), Int(depth + 1, false, allowYield)))),
                (!leaf ? 2 : 0, () => new CallE("Fz.Q", ImmutableArray.Create(Int(depth + 1, false, allowYield)))),
                (!leaf ? 10 : 0, () => new BinE(Pick(new[] { "+", "-", "*", "&", "|", "^" }), Int(depth + 1, nonConstant, allowYield), Int(depth + 1, false, allowYield))),
                (!leaf ? 5 : 0, () => new CondE(Bool(depth + 1, allowYield), Int(depth + 1, nonConstant, allowYield), Int(depth + 1, nonConstant, allowYield))),
                (!leaf && writable.Count > 0 ? 3 : 0, () =>
                {
                    var target = Pick(writable);
                    var value = Int(depth + 1, false, allowYield);
                    string op = Pick(new[] { "=", "+=", "-=" });
                    return Assign(target.Name, op == "=" && IsItself(value, target.Name) ? "+=" : op, value);
                }),
                (writable.Count > 0 ? 2 : 0, () => new IncE(Pick(writable).Name, Chance(50), Chance(30))),
                (!leaf ? 3 : 0, () => new InterpE(Enumerable.Range(0, random.Next(1, 3)).Select(i => new Hole(Pick(new[] { "", "a", "-", " " }), Int(depth + 1, false, allowYield), Pick(new[] { "", "", ",3", ":D2" }))).ToImmutableArray())),
                (!leaf ? 2 : 0, () => new CoalesceE(Int(depth + 1, false, allowYield), Int(depth + 1, false, allowYield))),
                (!leaf ? 2 : 0, () => new CondAccessE(Int(depth + 1, false, allowYield: false), Int(depth + 1, false, allowYield), Int(depth + 1, false, allowYield))),
                (!leaf ? 3 : 0, () => SwitchExpression(depth, allowYield)),
                (!leaf && !limits.Workarounds.Contains("checked") ? 1 : 0, () => new CheckedE(Chance(50), Int(depth + 1, nonConstant, allowYield))),
                (!leaf ? 2 : 0, () => new IndexE(Int(depth + 1, false, allowYield))),
                (!leaf && all.Any(l => l.Resource) ? 2 : 0, () => new TouchE(Pick(all.Where(l => l.Resource).ToList()).Name, Int(depth + 1, false, allowYield))),
                (!leaf ? 1 : 0, () => new PairE(Chance(40) ? Int(depth + 1, false, allowYield) : null, Int(depth + 1, false, allowYield), Int(depth + 1, false, allowYield))),
                (!leaf ? 1 : 0, () => new UnE(Pick(new[] { "-", "~" }), Int(depth + 1, nonConstant, allowYield))),
            };
            // a leaf that must not be constant and has nothing to read: a helper call
            if (leaf && nonConstant && readable.Count == 0 && !allowYield)
                return new CallE("Fz.L", ImmutableArray.Create<Expr>(new Lit(random.Next(6)), new Lit(random.Next(6))));
            while (true)
            {
                int total = choices.Sum(c => c.Weight);
                if (total == 0) return new CallE("Fz.L", ImmutableArray.Create<Expr>(new Lit(1), new Lit(2)));
                int roll = random.Next(total);
                foreach (var (weight, make) in choices)
                {
                    if (roll < weight)
                    {
                        var made = make();
                        if (made != null) return made;
                        break;
                    }
                    roll -= weight;
                }
            }
        }

        private Expr SwitchExpression(int depth, bool allowYield)
        {
            var atoms = Atoms.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
            var arms = atoms.Select(a => new Arm(a, Chance(20) ? Bool(depth + 1, allowYield: false) : null, Int(depth + 1, false, allowYield))).ToImmutableArray();
            return new SwitchE(Int(depth + 1, false, allowYield), arms, Int(depth + 1, false, allowYield));
        }

        /// <summary>A bool expression that is never a constant.</summary>
        private Expr Bool(int depth, bool allowYield = true)
        {
            bool leaf = depth >= limits.MaxExpressionDepth - 1;
            int roll = random.Next(leaf ? 70 : 100);
            if (roll < 55)
                return new BinE(Pick(new[] { "<", ">", "<=", ">=", "==", "!=" }), Int(depth + 1, nonConstant: true, allowYield), new Lit(Pick(new[] { 0, 1, 2, 3, 5, 10, 20 })));
            if (roll < 70)
            {
                string pattern = random.Next(3) switch
                {
                    0 => Pick(Atoms),
                    1 => "not " + Pick(Atoms),
                    _ => Atoms[random.Next(1, 5)] + " or " + Atoms[random.Next(5, 9)],
                };
                return new IsE(Int(depth + 1, nonConstant: true, allowYield), pattern);
            }
            if (roll < 90)
                return new BinE(Chance(50) ? "&&" : "||", Bool(depth + 1, allowYield), Bool(depth + 1, allowYield));
            return new UnE("!", Bool(depth + 1, allowYield));
        }
    }
}
