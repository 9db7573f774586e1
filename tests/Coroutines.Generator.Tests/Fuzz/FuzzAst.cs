using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace Coroutines.Generator.Tests.Fuzz
{
    // The fuzzer's own small syntax tree. A program is a block of statements over int locals; the printer writes it
    // once as the body of a [Coroutine] (every Yield is co.Yield(e)) and once as a plain method (every Yield is y(e)).
    // The helpers the printed code calls (Fz.L, Res, Pair, E1…) live in FuzzSupport.Source.

    internal abstract record Expr;

    /// <summary>A non-negative literal.</summary>
    internal sealed record Lit(int Value) : Expr;

    /// <summary><c>Fz.Max</c>: int.MaxValue, but not a constant, so arithmetic on it overflows at run time.</summary>
    internal sealed record BigE : Expr;

    /// <summary>A local, loop counter or foreach variable.</summary>
    internal sealed record Var(string Name) : Expr;

    /// <summary><c>co.Yield(value)</c> in the coroutine, <c>y(value)</c> in the plain method.</summary>
    internal sealed record YieldE(Expr Value) : Expr;

    /// <summary>
    /// <c>co.YieldFrom(SubN(argument))</c> in the coroutine, <c>SubNPlain(y, argument)</c> in the plain method: a
    /// delegation to another generated coroutine of the program, whose return value it evaluates to.
    /// </summary>
    internal sealed record YieldFromE(int Sub, Expr Argument) : Expr;

    /// <summary>A call of a static helper: <c>Fz.L(a, b)</c>, <c>Fz.Q(a)</c>…</summary>
    internal sealed record CallE(string Method, ImmutableArray<Expr> Args) : Expr;

    /// <summary>A binary operator (arithmetic, comparison, &amp;&amp;, ||).</summary>
    internal sealed record BinE(string Op, Expr Left, Expr Right) : Expr;

    /// <summary>A prefix operator: <c>-</c>, <c>!</c>, <c>~</c>.</summary>
    internal sealed record UnE(string Op, Expr Operand) : Expr;

    internal sealed record CondE(Expr Condition, Expr WhenTrue, Expr WhenFalse) : Expr;

    /// <summary><c>(v = e)</c>, <c>(v += e)</c>… used as a value.</summary>
    internal sealed record AssignE(string Name, string Op, Expr Value) : Expr;

    /// <summary><c>v++</c>, <c>++v</c>, <c>v--</c>.</summary>
    internal sealed record IncE(string Name, bool Prefix, bool Decrement) : Expr;

    /// <summary><c>Fz.S($"text{hole}…")</c>: logs the string, evaluates to its length.</summary>
    internal sealed record InterpE(ImmutableArray<Hole> Holes) : Expr;

    internal sealed record Hole(string Text, Expr Value, string Suffix);

    /// <summary><c>(Fz.N(value) ?? fallback)</c>: N is null for even values.</summary>
    internal sealed record CoalesceE(Expr Value, Expr Fallback) : Expr;

    /// <summary><c>(Fz.BoxOf(receiver)?.Add(argument) ?? fallback)</c>: BoxOf is null for even values.</summary>
    internal sealed record CondAccessE(Expr Receiver, Expr Argument, Expr Fallback) : Expr;

    /// <summary><c>(subject switch { pattern when guard => value, …, _ => fallback })</c>.</summary>
    internal sealed record SwitchE(Expr Subject, ImmutableArray<Arm> Arms, Expr Fallback) : Expr;

    internal sealed record Arm(string Pattern, Expr? When, Expr Value);

    /// <summary><c>(value is pattern)</c>.</summary>
    internal sealed record IsE(Expr Value, string Pattern) : Expr;

    /// <summary><c>checked(e)</c> / <c>unchecked(e)</c>.</summary>
    internal sealed record CheckedE(bool Checked, Expr Value) : Expr;

    /// <summary><c>Fz.A[Fz.I(index)]</c>.</summary>
    internal sealed record IndexE(Expr Index) : Expr;

    /// <summary><c>resource.Touch(argument)</c> on a using variable.</summary>
    internal sealed record TouchE(string Resource, Expr Argument) : Expr;

    /// <summary><c>new Pair(arg) { A = a, B = b }.Sum()</c>, the constructor argument optional.</summary>
    internal sealed record PairE(Expr? Argument, Expr A, Expr B) : Expr;

    internal abstract record Stmt;

    internal sealed record Block(ImmutableArray<Stmt> Statements) : Stmt
    {
        public static readonly Block Empty = new Block(ImmutableArray<Stmt>.Empty);
    }

    /// <summary><c>int name = init;</c></summary>
    internal sealed record DeclS(string Name, Expr Init) : Stmt;

    /// <summary>An expression statement: a yield, a helper call, an assignment or an increment.</summary>
    internal sealed record ExprS(Expr Value) : Stmt;

    /// <summary><c>Fz.Mark("text");</c></summary>
    internal sealed record MarkS(string Text) : Stmt;

    /// <summary><c>Fz.P(a, b…);</c></summary>
    internal sealed record PrintS(ImmutableArray<Expr> Values) : Stmt;

    /// <summary><c>Fz.Defer(() => { Fz.P(values); increment++; });</c>: a lambda capturing locals, run later.</summary>
    internal sealed record DeferS(ImmutableArray<Expr> Values, string? Increment) : Stmt;

    /// <summary><c>Fz.RunDeferred();</c>: runs (and forgets) the lambdas deferred so far.</summary>
    internal sealed record RunDeferredS : Stmt;

    internal sealed record IfS(Expr Condition, Block Then, Block? Else) : Stmt;

    /// <summary><c>if (condition) jump;</c> — every jump is guarded, so no code is ever unreachable.</summary>
    internal sealed record JumpS(Expr Condition, Jump Jump) : Stmt;

    internal abstract record Jump;

    internal sealed record BreakJ : Jump;

    internal sealed record ContinueJ : Jump;

    internal sealed record GotoJ(string Label) : Jump;

    internal sealed record GotoCaseJ(string? Case) : Jump;

    internal sealed record ReturnJ(Expr Value) : Jump;

    internal sealed record ThrowJ(string Type, Expr Value) : Jump;

    internal sealed record RethrowJ : Jump;

    /// <summary><c>int counter = 0; while (counter &lt; limit &amp;&amp; extra) { counter++; body }</c></summary>
    internal sealed record WhileS(string Counter, int Limit, Expr? Extra, Block Body) : Stmt;

    /// <summary><c>int counter = 0; do { counter++; body } while (counter &lt; limit &amp;&amp; extra);</c></summary>
    internal sealed record DoS(string Counter, int Limit, Expr? Extra, Block Body) : Stmt;

    /// <summary>
    /// <c>for (int counter = Fz.Zero(init); counter &lt; limit &amp;&amp; extra; counter += Fz.One(step)) body</c>,
    /// with <c>= 0</c> and <c>counter++</c> when init and step are null.
    /// </summary>
    internal sealed record ForS(string Counter, int Limit, Expr? Init, Expr? Extra, Expr? Step, Block Body) : Stmt;

    /// <summary><c>foreach (var name in source) body</c>.</summary>
    internal sealed record ForEachS(string Name, Source Source, Block Body) : Stmt;

    internal abstract record Source;

    /// <summary><c>new[] { a, b }</c> (an array: the lowering indexes it).</summary>
    internal sealed record ArraySrc(ImmutableArray<Expr> Items) : Source;

    /// <summary><c>Fz.A</c>.</summary>
    internal sealed record StaticArraySrc : Source;

    /// <summary><c>Fz.Seq(count)</c>: a C# iterator whose finally logs.</summary>
    internal sealed record SeqSrc(Expr Count) : Source;

    /// <summary><c>new List&lt;int&gt; { a, b }</c> (a struct enumerator).</summary>
    internal sealed record ListSrc(ImmutableArray<Expr> Items) : Source;

    internal sealed record SwitchS(Expr Subject, ImmutableArray<Section> Sections) : Stmt;

    /// <summary>A switch section; the printer ends it with <c>break;</c>.</summary>
    internal sealed record Section(ImmutableArray<CaseLabel> Labels, Block Body);

    /// <summary><c>case pattern when guard:</c>, or <c>default:</c> when the pattern is null.</summary>
    internal sealed record CaseLabel(string? Pattern, Expr? When);

    internal sealed record TryS(Block Body, ImmutableArray<Catch> Catches, Block? Finally) : Stmt;

    /// <summary><c>catch (Type name) when (name.V &gt; filter) { Fz.Caught(name); body }</c>; without a name the printer logs a mark.</summary>
    internal sealed record Catch(string Type, string? Name, int? Filter, Block Body);

    /// <summary><c>using (var name = new Res("name", argument)) body</c>, or <c>using (Fz.Open("name", argument))</c> when not declared.</summary>
    internal sealed record UsingS(string Name, bool Declared, Expr Argument, Block Body) : Stmt;

    /// <summary><c>using var name = new Res("name", argument);</c></summary>
    internal sealed record UsingDeclS(string Name, Expr Argument) : Stmt;

    internal sealed record CheckedS(bool Checked, Block Body) : Stmt;

    internal sealed record LabeledS(string Label, Stmt Statement) : Stmt;

    internal sealed record ReturnS(Expr Value) : Stmt;

    /// <summary>
    /// A whole program: the body of the coroutine and of the plain method, and the bodies of the coroutines it
    /// delegates to (<c>SubN(int a)</c>, whose parameter is <c>a</c>; each may delegate to the ones before it).
    /// </summary>
    internal sealed record FuzzProgram(int Seed, Block Body)
    {
        public ImmutableArray<Block> Subs { get; init; } = ImmutableArray<Block>.Empty;

        /// <summary>The program as text, the coroutine printing: the main body, then each sub's.</summary>
        public string Text(int indent = 1)
        {
            var text = new StringBuilder(FuzzPrinter.Print(Body, coroutine: true, indent));
            for (int i = 0; i < Subs.Length; i++)
                text.Append(' ', indent * 4).Append("// Sub").Append(i).Append("(int a):\n").Append(FuzzPrinter.Print(Subs[i], coroutine: true, indent));
            return text.ToString();
        }
    }

    internal static class FuzzPrinter
    {
        public static string Print(Block body, bool coroutine, int indent = 0)
        {
            var printer = new Printer(coroutine);
            printer.Statements(body.Statements, indent);
            return printer.Text.ToString();
        }

        public static string Print(Expr expression, bool coroutine) => new Printer(coroutine).E(expression);

        private sealed class Printer
        {
            private readonly bool coroutine;

            public Printer(bool coroutine) => this.coroutine = coroutine;

            public StringBuilder Text { get; } = new StringBuilder();

            private void Line(int indent, string text) => Text.Append(' ', indent * 4).Append(text).Append('\n');

            public void Statements(ImmutableArray<Stmt> statements, int indent)
            {
                foreach (var statement in statements) S(statement, indent);
            }

            private void Braced(Block block, int indent)
            {
                Line(indent, "{");
                Statements(block.Statements, indent + 1);
                Line(indent, "}");
            }

            private void S(Stmt statement, int indent)
            {
                switch (statement)
                {
                    case Block block:
                        Braced(block, indent);
                        break;
                    case DeclS d:
                        Line(indent, $"int {d.Name} = {E(d.Init)};");
                        break;
                    case ExprS e:
                        Line(indent, Bare(E(e.Value)) + ";");
                        break;
                    case MarkS m:
                        Line(indent, $"Fz.Mark(\"{m.Text}\");");
                        break;
                    case PrintS p:
                        Line(indent, $"Fz.P({string.Join(", ", p.Values.Select(E))});");
                        break;
                    case DeferS d:
                        Line(indent, $"Fz.Defer(() => {{ Fz.P({string.Join(", ", d.Values.Select(E))});{(d.Increment != null ? " " + d.Increment + "++;" : "")} }});");
                        break;
                    case RunDeferredS:
                        Line(indent, "Fz.RunDeferred();");
                        break;
                    case IfS i:
                        Line(indent, $"if ({Bare(E(i.Condition))})");
                        Braced(i.Then, indent);
                        if (i.Else != null)
                        {
                            Line(indent, "else");
                            Braced(i.Else, indent);
                        }
                        break;
                    case JumpS j:
                        Line(indent, $"if ({Bare(E(j.Condition))}) {J(j.Jump)}");
                        break;
                    case WhileS w:
                        Line(indent, $"int {w.Counter} = 0;");
                        Line(indent, $"while ({w.Counter} < {w.Limit}{(w.Extra != null ? " && " + E(w.Extra) : "")})");
                        Line(indent, "{");
                        Line(indent + 1, w.Counter + "++;");
                        Statements(w.Body.Statements, indent + 1);
                        Line(indent, "}");
                        break;
                    case DoS d:
                        Line(indent, $"int {d.Counter} = 0;");
                        Line(indent, "do");
                        Line(indent, "{");
                        Line(indent + 1, d.Counter + "++;");
                        Statements(d.Body.Statements, indent + 1);
                        Line(indent, $"}} while ({d.Counter} < {d.Limit}{(d.Extra != null ? " && " + E(d.Extra) : "")});");
                        break;
                    case ForS f:
                        string init = f.Init != null ? $"Fz.Zero({Bare(E(f.Init))})" : "0";
                        string step = f.Step != null ? $"{f.Counter} += Fz.One({Bare(E(f.Step))})" : f.Counter + "++";
                        Line(indent, $"for (int {f.Counter} = {init}; {f.Counter} < {f.Limit}{(f.Extra != null ? " && " + E(f.Extra) : "")}; {step})");
                        Braced(f.Body, indent);
                        break;
                    case ForEachS fe:
                        Line(indent, $"foreach (var {fe.Name} in {Src(fe.Source)})");
                        Braced(fe.Body, indent);
                        break;
                    case SwitchS sw:
                        Line(indent, $"switch ({Bare(E(sw.Subject))})");
                        Line(indent, "{");
                        foreach (var section in sw.Sections)
                        {
                            foreach (var label in section.Labels)
                                Line(indent + 1, label.Pattern == null ? "default:" : $"case {label.Pattern}{(label.When != null ? " when " + E(label.When) : "")}:");
                            Statements(section.Body.Statements, indent + 2);
                            Line(indent + 2, "break;");
                        }
                        Line(indent, "}");
                        break;
                    case TryS t:
                        Line(indent, "try");
                        Braced(t.Body, indent);
                        foreach (var c in t.Catches)
                        {
                            string head = c.Name != null ? $"catch ({c.Type} {c.Name})" : $"catch ({c.Type})";
                            if (c.Filter is int filter && c.Name != null) head += $" when ({c.Name}.V > {filter})";
                            Line(indent, head);
                            Line(indent, "{");
                            Line(indent + 1, c.Name != null ? $"Fz.Caught({c.Name});" : $"Fz.Mark(\"caught {c.Type}\");");
                            Statements(c.Body.Statements, indent + 1);
                            Line(indent, "}");
                        }
                        if (t.Finally != null)
                        {
                            Line(indent, "finally");
                            Braced(t.Finally, indent);
                        }
                        break;
                    case UsingS u:
                        Line(indent, u.Declared ? $"using (var {u.Name} = new Res(\"{u.Name}\", {Bare(E(u.Argument))}))" : $"using (Fz.Open(\"{u.Name}\", {Bare(E(u.Argument))}))");
                        Braced(u.Body, indent);
                        break;
                    case UsingDeclS ud:
                        Line(indent, $"using var {ud.Name} = new Res(\"{ud.Name}\", {Bare(E(ud.Argument))});");
                        break;
                    case CheckedS c:
                        Line(indent, c.Checked ? "checked" : "unchecked");
                        Braced(c.Body, indent);
                        break;
                    case LabeledS l:
                        Line(Math.Max(indent - 1, 0), l.Label + ":");
                        S(l.Statement, indent);
                        break;
                    case ReturnS r:
                        Line(indent, $"return {Bare(E(r.Value))};");
                        break;
                    default:
                        throw new InvalidOperationException("unknown statement " + statement);
                }
            }

            private string J(Jump jump) => jump switch
            {
                BreakJ => "break;",
                ContinueJ => "continue;",
                GotoJ g => $"goto {g.Label};",
                GotoCaseJ { Case: null } => "goto default;",
                GotoCaseJ g => $"goto case {g.Case};",
                ReturnJ r => $"return {Bare(E(r.Value))};",
                ThrowJ t => $"throw new {t.Type}({Bare(E(t.Value))});",
                RethrowJ => "throw;",
                _ => throw new InvalidOperationException("unknown jump " + jump),
            };

            private string Src(Source source) => source switch
            {
                ArraySrc a => "new[] { " + string.Join(", ", a.Items.Select(i => Bare(E(i)))) + " }",
                StaticArraySrc => "Fz.A",
                SeqSrc s => $"Fz.Seq({Bare(E(s.Count))})",
                ListSrc l => "new List<int> { " + string.Join(", ", l.Items.Select(E)) + " }",
                _ => throw new InvalidOperationException("unknown source " + source),
            };

            /// <summary>Drops the outer parentheses the expression printer puts around operators, where the context has its own.</summary>
            private static string Bare(string text)
            {
                if (text.Length < 2 || text[0] != '(' || text[text.Length - 1] != ')') return text;
                int depth = 0;
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] == '(') depth++;
                    else if (text[i] == ')') depth--;
                    if (depth == 0 && i < text.Length - 1) return text;
                }
                return text.Substring(1, text.Length - 2);
            }

            public string E(Expr expression) => expression switch
            {
                Lit l => l.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Var v => v.Name,
                BigE => "Fz.Max",
                YieldE y => (coroutine ? "co.Yield(" : "y(") + Bare(E(y.Value)) + ")",
                YieldFromE f => coroutine ? $"co.YieldFrom(Sub{f.Sub}({Bare(E(f.Argument))}))" : $"Sub{f.Sub}Plain(y, {Bare(E(f.Argument))})",
                CallE c => c.Method + "(" + string.Join(", ", c.Args.Select(a => Bare(E(a)))) + ")",
                BinE b => "(" + E(b.Left) + " " + b.Op + " " + E(b.Right) + ")",
                UnE u => "(" + u.Op + E(u.Operand) + ")",
                CondE c => "(" + E(c.Condition) + " ? " + E(c.WhenTrue) + " : " + E(c.WhenFalse) + ")",
                AssignE a => "(" + a.Name + " " + a.Op + " " + Bare(E(a.Value)) + ")",
                IncE i => "(" + (i.Prefix ? (i.Decrement ? "--" : "++") + i.Name : i.Name + (i.Decrement ? "--" : "++")) + ")",
                InterpE s => "Fz.S($\"" + string.Concat(s.Holes.Select(h => h.Text + "{" + E(h.Value) + h.Suffix + "}")) + "\")",
                CoalesceE c => "(Fz.N(" + Bare(E(c.Value)) + ") ?? " + E(c.Fallback) + ")",
                CondAccessE c => "(Fz.BoxOf(" + Bare(E(c.Receiver)) + ")?.Add(" + Bare(E(c.Argument)) + ") ?? " + E(c.Fallback) + ")",
                SwitchE s => "(" + E(s.Subject) + " switch { "
                    + string.Concat(s.Arms.Select(a => a.Pattern + (a.When != null ? " when " + E(a.When) : "") + " => " + E(a.Value) + ", "))
                    + "_ => " + E(s.Fallback) + " })",
                IsE i => "(" + E(i.Value) + " is " + i.Pattern + ")",
                CheckedE c => (c.Checked ? "checked(" : "unchecked(") + Bare(E(c.Value)) + ")",
                IndexE i => "Fz.A[Fz.I(" + Bare(E(i.Index)) + ")]",
                TouchE t => t.Resource + ".Touch(" + Bare(E(t.Argument)) + ")",
                PairE p => "new Pair(" + (p.Argument != null ? Bare(E(p.Argument)) : "") + ") { A = " + E(p.A) + ", B = " + E(p.B) + " }.Sum()",
                _ => throw new InvalidOperationException("unknown expression " + expression),
            };
        }
    }
}
