using System.Collections.Immutable;

namespace Coroutines.Differential.Random
{
    // One abstract program, printed once as Python and once as C#. Every int expression stays small: assignments and
    // returns go through m() (a wrap into -20..20), so Python's big ints and C#'s 32-bit ints never disagree.

    internal abstract record Expr;

    internal sealed record Lit(int Value) : Expr;

    /// <summary>A local, the parameter <c>p</c>, a while counter or a for variable inside its loop.</summary>
    internal sealed record Var(string Name) : Expr;

    /// <summary><c>(l + r)</c> or <c>(l - r)</c>.</summary>
    internal sealed record Bin(string Op, Expr Left, Expr Right) : Expr;

    /// <summary><c>((yield v) or 0)</c> ↔ <c>(co.Yield(v) ?? 0)</c>: None and every int sent map the same way.</summary>
    internal sealed record YieldE(Expr Value) : Expr;

    /// <summary><c>(yield from subN(arg))</c> ↔ <c>co.YieldFrom(SubN(arg))</c>.</summary>
    internal sealed record YieldFromE(int Sub, Expr Argument) : Expr;

    /// <summary><c>h(a, b)</c> ↔ <c>H(a, b)</c>: a plain helper, so yields stand as call arguments.</summary>
    internal sealed record CallE(Expr A, Expr B) : Expr;

    internal abstract record Cond;

    /// <summary>A comparison; its left side always reads a variable or yields, so C# never sees a constant condition.</summary>
    internal sealed record Cmp(string Op, Expr Left, Expr Right) : Cond;

    internal sealed record Not(Cond Operand) : Cond;

    /// <summary><c>and</c>/<c>or</c> ↔ <c>&amp;&amp;</c>/<c>||</c>.</summary>
    internal sealed record Logic(string Op, Cond Left, Cond Right) : Cond;

    internal abstract record Stmt;

    internal sealed record Block(ImmutableArray<Stmt> Statements)
    {
        public static readonly Block Empty = new(ImmutableArray<Stmt>.Empty);
    }

    /// <summary><c>name = m(value)</c> (a literal or a bare yield is stored as it is).</summary>
    internal sealed record Assign(string Name, Expr Value) : Stmt;

    /// <summary><c>yield v</c> ↔ <c>co.Yield(v);</c></summary>
    internal sealed record YieldS(Expr Value) : Stmt;

    /// <summary><c>yield from subN(arg)</c> ↔ <c>co.YieldFrom(SubN(arg));</c></summary>
    internal sealed record YieldFromS(int Sub, Expr Argument) : Stmt;

    /// <summary><c>print("mark", [type(e).__name__,] values…)</c>.</summary>
    internal sealed record Print(string Mark, string? Exception, ImmutableArray<Expr> Values) : Stmt;

    internal sealed record If(Cond Condition, Block Then, Block? Else) : Stmt;

    /// <summary><c>counter = 0; while counter &lt; limit [and extra]: counter += 1; body</c>.</summary>
    internal sealed record While(string Counter, int Limit, Cond? Extra, Block Body) : Stmt;

    /// <summary><c>for v in range(count)</c> ↔ <c>for (int v = 0; v &lt; count; v++)</c>.</summary>
    internal sealed record For(string Variable, int Count, Block Body) : Stmt;

    internal sealed record Try(Block Body, ImmutableArray<Handler> Handlers, Block? Finally) : Stmt;

    /// <summary><c>except E1 [as e0]:</c> ↔ <c>catch (E1 [e0])</c>; the name is printed only when the body uses it.</summary>
    internal sealed record Handler(string Type, string Name, Block Body);

    /// <summary><c>if guard: jump</c>: every jump is guarded, so neither side ever has unreachable code.</summary>
    internal sealed record Jump(Cond Guard, JumpKind Kind, Expr? Value = null, string? Type = null) : Stmt;

    internal enum JumpKind { Break, Continue, Return, Raise, Reraise }

    /// <summary>A generator function: <c>def name(p)</c> ↔ <c>[Coroutine] static partial int Name(Co&lt;int, int?&gt; co, int p)</c>.</summary>
    internal sealed record Function(string Name, Block Body, Expr Result);

    internal enum OpKind { Next, Send, SendNone, Throw, Close, State }

    internal sealed record Op(OpKind Kind, int Value = 0, string? Type = null);

    /// <summary>Subs (each may delegate to earlier ones), the main generator, its argument and the driver's steps.</summary>
    internal sealed record RandomProgram(int Seed, ImmutableArray<Function> Subs, Function Main, int Argument, ImmutableArray<Op> Driver);
}
