using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Coroutines.Differential.Random
{
    /// <summary>Prints a random program as Python (CPython 3.11 is the reference).</summary>
    internal static class PythonPrinter
    {
        public const string Separator = "=== case ";

        /// <summary>Exception classes, the helpers and the driver's steps, shared by every case of a file.</summary>
        public static string Prelude() => """
            import inspect
            import os
            import sys


            class E1(Exception):
                pass


            class E2(Exception):
                pass


            class E3(Exception):
                pass


            def m(v):
                return (v + 20) % 41 - 20


            def h(x, y):
                return x - y


            # Every generator stays referenced, delegates included: CPython closes one it collects (running its finally
            # blocks), .NET never closes one on its own.
            keep = []


            def kept(function):
                def make(p):
                    g = function(p)
                    keep.append(g)
                    return g
                return make


            # After the end, CPython's StopIteration carries None and .NET's keeps the return value (a documented
            # difference), so a value is printed only by the step that ended the generator.
            def step(g, op):
                finished = inspect.getgeneratorstate(g) == "GEN_CLOSED"
                try:
                    print("yield", op())
                except StopIteration as e:
                    if finished:
                        print("stop")
                    else:
                        print("stop", e.value)
                except BaseException as e:
                    print("raise", type(e).__name__)


            def close(g):
                try:
                    g.close()
                    print("closed")
                except BaseException as e:
                    print("raise", type(e).__name__)
                print("state", inspect.getgeneratorstate(g))

            """;

        private const string Exit = """
            # leave without finalizing the generators still suspended: that would run their finally blocks
            sys.stdout.flush()
            os._exit(0)

            """;

        /// <summary>One program as a file of its own (a corpus case).</summary>
        public static string Standalone(RandomProgram program, string? comment = null) =>
            (comment == null ? "" : "# " + comment + "\n") + Prelude() + "\n\n" + Case(program) + "\n" + Exit;

        /// <summary>Many programs in one file, each after a separator line <c>=== case K</c>.</summary>
        public static string Batch(IReadOnlyList<RandomProgram> programs)
        {
            var text = new StringBuilder(Prelude());
            for (int k = 0; k < programs.Count; k++)
                text.Append('\n').Append("print(\"").Append(Separator).Append(k).Append("\")\n").Append(Case(programs[k]));
            return text.Append('\n').Append(Exit).ToString();
        }

        public static string Case(RandomProgram program)
        {
            var w = new Writer();
            foreach (var sub in program.Subs) Function(w, sub);
            Function(w, program.Main);
            w.Line($"g = gen({Number(program.Argument)})");
            foreach (var op in program.Driver)
            {
                w.Line(op.Kind switch
                {
                    OpKind.Next => "step(g, lambda: next(g))",
                    OpKind.Send => $"step(g, lambda: g.send({Number(op.Value)}))",
                    OpKind.SendNone => "step(g, lambda: g.send(None))",
                    OpKind.Throw => $"step(g, lambda: g.throw({op.Type}()))",
                    OpKind.Close => "close(g)",
                    _ => "print(\"state\", inspect.getgeneratorstate(g))",
                });
            }
            return w.ToString();
        }

        private static void Function(Writer w, Function function)
        {
            w.Line("@kept");
            w.Line($"def {function.Name}({RandomNames.Parameter}):");
            w.Indent++;
            foreach (var name in RandomNames.Declared(function)) w.Line($"{name} = 0");
            if (!RandomWalk.Yields(function))
            {
                w.Line("if False:");
                w.Line("    yield 0  # a generator function even with no yield left");
            }
            Block(w, function.Body, allowEmpty: true);
            w.Line("return " + Stored(function.Result));
            w.Indent--;
            w.Line("");
            w.Line("");
        }

        private static void Block(Writer w, Block block, bool allowEmpty = false)
        {
            if (block.Statements.Length == 0 && !allowEmpty) w.Line("pass");
            foreach (var s in block.Statements) Statement(w, s);
        }

        private static void Nested(Writer w, string header, Block block)
        {
            w.Line(header);
            w.Indent++;
            Block(w, block);
            w.Indent--;
        }

        private static void Statement(Writer w, Stmt statement)
        {
            switch (statement)
            {
                case Assign a:
                    w.Line($"{a.Name} = {Stored(a.Value)}");
                    break;
                case YieldS y:
                    w.Line($"yield {Expr(y.Value)}");
                    break;
                case YieldFromS y:
                    w.Line($"yield from {RandomNames.SubName(y.Sub, false)}({Expr(y.Argument)})");
                    break;
                case Print p:
                    var values = new List<string> { Quote(p.Mark) };
                    if (p.Exception != null) values.Add($"type({p.Exception}).__name__");
                    values.AddRange(p.Values.Select(Expr));
                    w.Line($"print({string.Join(", ", values)})");
                    break;
                case If i:
                    Nested(w, $"if {Cond(i.Condition)}:", i.Then);
                    if (i.Else != null) Nested(w, "else:", i.Else);
                    break;
                case While loop:
                    w.Line($"{loop.Counter} = 0");
                    w.Line($"while {loop.Counter} < {loop.Limit}{(loop.Extra == null ? "" : " and " + Cond(loop.Extra))}:");
                    w.Indent++;
                    w.Line($"{loop.Counter} = {loop.Counter} + 1");
                    Block(w, loop.Body, allowEmpty: true);
                    w.Indent--;
                    break;
                case For f:
                    Nested(w, $"for {f.Variable} in range({f.Count}):", f.Body);
                    break;
                case Try t:
                    Nested(w, "try:", t.Body);
                    foreach (var h in t.Handlers)
                        Nested(w, RandomNames.Uses(h) ? $"except {h.Type} as {h.Name}:" : $"except {h.Type}:", h.Body);
                    if (t.Finally != null) Nested(w, "finally:", t.Finally);
                    break;
                case Jump j:
                    w.Line($"if {Cond(j.Guard)}:");
                    w.Line("    " + j.Kind switch
                    {
                        JumpKind.Break => "break",
                        JumpKind.Continue => "continue",
                        JumpKind.Return => "return " + Stored(j.Value!),
                        JumpKind.Raise => $"raise {j.Type}()",
                        _ => "raise",
                    });
                    break;
            }
        }

        /// <summary>A value stored in a local or returned: wrapped by m() unless it is already small.</summary>
        private static string Stored(Expr e) => e is Lit or YieldE ? Expr(e) : $"m({Expr(e)})";

        public static string Expr(Expr e) => e switch
        {
            Lit l => Number(l.Value),
            Var v => v.Name,
            Bin b => $"({Expr(b.Left)} {b.Op} {Expr(b.Right)})",
            YieldE y => $"((yield {Expr(y.Value)}) or 0)",
            YieldFromE y => $"(yield from {RandomNames.SubName(y.Sub, false)}({Expr(y.Argument)}))",
            CallE c => $"h({Expr(c.A)}, {Expr(c.B)})",
            _ => "?",
        };

        public static string Cond(Cond c) => c switch
        {
            Cmp x => $"({Expr(x.Left)} {x.Op} {Expr(x.Right)})",
            Not n => $"(not {Cond(n.Operand)})",
            Logic l => $"({Cond(l.Left)} {l.Op} {Cond(l.Right)})",
            _ => "?",
        };

        private static string Number(int value) => value < 0 ? $"({value})" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Quote(string text) => "\"" + text + "\"";
    }
}
