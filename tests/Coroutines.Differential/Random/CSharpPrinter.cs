using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Coroutines.Differential.Random
{
    /// <summary>Prints a random program as C#: a <c>Program</c> class whose <c>Main</c> runs the driver.</summary>
    internal static class CSharpPrinter
    {
        private const string Usings = "using System;\nusing Coroutines;\n";

        public static string Exceptions() => """
            public class E1 : PyException { }

            public class E2 : PyException { }

            public class E3 : PyException { }

            """;

        /// <summary>One program as a file of its own (a corpus case).</summary>
        public static string Standalone(RandomProgram program, string? comment = null) =>
            (comment == null ? "" : "// " + comment + "\n") + Usings + "\n" + Exceptions() + "\n" + Class(program);

        /// <summary>
        /// Sources for one compilation of many programs: the shared exception classes, then each program in a namespace
        /// <c>CaseK</c> of its own.
        /// </summary>
        public static IReadOnlyList<string> Batch(IReadOnlyList<RandomProgram> programs) =>
            programs.Select((p, k) => Usings + "\nnamespace " + Namespace(k) + "\n{\n" + Indented(Class(p)) + "}\n")
                .Prepend(Exceptions()).ToList();

        public static string Namespace(int k) => "Case" + k;

        private static string Indented(string text) =>
            string.Concat(text.Split('\n').Select(l => l.Length == 0 ? "\n" : "    " + l + "\n")).TrimEnd('\n') + "\n";

        public static string Class(RandomProgram program)
        {
            var w = new Writer();
            w.Line("public static partial class Program");
            w.Line("{");
            w.Indent++;
            w.Line("static int M(int v) => ((v + 20) % 41 + 41) % 41 - 20;");
            w.Line("");
            w.Line("static int H(int x, int y) => x - y;");
            w.Line("");
            for (int i = 0; i < program.Subs.Length; i++) Function(w, program.Subs[i], RandomNames.SubName(i, true));
            Function(w, program.Main, "Gen");
            w.Line("public static void Main()");
            w.Line("{");
            w.Indent++;
            w.Line($"var g = Gen({Number(program.Argument)});");
            foreach (var op in program.Driver)
            {
                w.Line(op.Kind switch
                {
                    OpKind.Next => "Step(g, () => g.Next());",
                    OpKind.Send => $"Step(g, () => g.Send({Number(op.Value)}));",
                    OpKind.SendNone => "Step(g, () => g.Send(null));",
                    OpKind.Throw => $"Step(g, () => g.Throw(new {op.Type}()));",
                    OpKind.Close => "Close(g);",
                    _ => "Py.Print(\"state\", g.State);",
                });
            }
            w.Indent--;
            w.Line("}");
            w.Line("");
            foreach (var line in """
                static void Step(Generator<int, int?, int> g, Func<int> op)
                {
                    bool finished = g.State == CoroutineState.Closed;
                    try
                    {
                        Py.Print("yield", op());
                    }
                    catch (StopIterationException e)
                    {
                        if (finished)
                            Py.Print("stop");
                        else
                            Py.Print("stop", e.Value);
                    }
                    catch (Exception e)
                    {
                        Py.Print("raise", Py.Name(e));
                    }
                }

                static void Close(Generator<int, int?, int> g)
                {
                    try
                    {
                        g.Close();
                        Py.Print("closed");
                    }
                    catch (Exception e)
                    {
                        Py.Print("raise", Py.Name(e));
                    }
                    Py.Print("state", g.State);
                }
                """.Split('\n'))
                w.Line(line);
            w.Indent--;
            w.Line("}");
            return w.ToString();
        }

        private static void Function(Writer w, Function function, string name)
        {
            w.Line("[Coroutine]");
            w.Line($"private static partial int {name}(Co<int, int?> co, int {RandomNames.Parameter})");
            w.Line("{");
            w.Indent++;
            var declared = RandomNames.Declared(function);
            if (declared.Count > 0) w.Line("int " + string.Join(", ", declared.Select(n => n + " = 0")) + ";");
            Block(w, function.Body);
            // C# warns about a local that is written and never read
            foreach (var name2 in RandomNames.WriteOnly(function)) w.Line($"_ = {name2};");
            w.Line($"return {Stored(function.Result)};");
            w.Indent--;
            w.Line("}");
            w.Line("");
        }

        private static void Block(Writer w, Block block)
        {
            foreach (var s in block.Statements) Statement(w, s);
        }

        private static void Braced(Writer w, string header, Block block, IEnumerable<string>? first = null)
        {
            w.Line(header);
            w.Line("{");
            w.Indent++;
            foreach (var line in first ?? Enumerable.Empty<string>()) w.Line(line);
            Block(w, block);
            w.Indent--;
            w.Line("}");
        }

        private static void Statement(Writer w, Stmt statement)
        {
            switch (statement)
            {
                case Assign a:
                    w.Line($"{a.Name} = {Stored(a.Value)};");
                    break;
                case YieldS y:
                    w.Line($"co.Yield({Expr(y.Value)});");
                    break;
                case YieldFromS y:
                    w.Line($"co.YieldFrom({RandomNames.SubName(y.Sub, true)}({Expr(y.Argument)}));");
                    break;
                case Print p:
                    var values = new List<string> { "\"" + p.Mark + "\"" };
                    if (p.Exception != null) values.Add($"Py.Name({p.Exception})");
                    values.AddRange(p.Values.Select(Expr));
                    w.Line($"Py.Print({string.Join(", ", values)});");
                    break;
                case If i:
                    Braced(w, $"if {Cond(i.Condition)}", i.Then);
                    if (i.Else != null) Braced(w, "else", i.Else);
                    break;
                case While loop:
                    w.Line($"{loop.Counter} = 0;");
                    Braced(w, $"while ({loop.Counter} < {loop.Limit}{(loop.Extra == null ? "" : " && " + Cond(loop.Extra))})", loop.Body, new[] { loop.Counter + "++;" });
                    break;
                case For f:
                    Braced(w, $"for (int {f.Variable} = 0; {f.Variable} < {f.Count}; {f.Variable}++)", f.Body);
                    break;
                case Try t:
                    Braced(w, "try", t.Body);
                    foreach (var h in t.Handlers)
                        Braced(w, RandomNames.Uses(h) ? $"catch ({h.Type} {h.Name})" : $"catch ({h.Type})", h.Body);
                    if (t.Finally != null) Braced(w, "finally", t.Finally);
                    break;
                case Jump j:
                    w.Line($"if {Cond(j.Guard)}");
                    w.Line("{");
                    w.Line("    " + j.Kind switch
                    {
                        JumpKind.Break => "break;",
                        JumpKind.Continue => "continue;",
                        JumpKind.Return => $"return {Stored(j.Value!)};",
                        JumpKind.Raise => $"throw new {j.Type}();",
                        _ => "throw;",
                    });
                    w.Line("}");
                    break;
            }
        }

        private static string Stored(Expr e) => e is Lit or YieldE ? Expr(e) : $"M({Expr(e)})";

        public static string Expr(Expr e) => e switch
        {
            Lit l => Number(l.Value),
            Var v => v.Name,
            Bin b => $"({Expr(b.Left)} {b.Op} {Expr(b.Right)})",
            YieldE y => $"(co.Yield({Expr(y.Value)}) ?? 0)",
            YieldFromE y => $"co.YieldFrom({RandomNames.SubName(y.Sub, true)}({Expr(y.Argument)}))",
            CallE c => $"H({Expr(c.A)}, {Expr(c.B)})",
            _ => "?",
        };

        public static string Cond(Cond c) => c switch
        {
            Cmp x => $"({Expr(x.Left)} {x.Op} {Expr(x.Right)})",
            Not n => $"(!{Cond(n.Operand)})",
            Logic l => $"({Cond(l.Left)} {(l.Op == "and" ? "&&" : "||")} {Cond(l.Right)})",
            _ => "?",
        };

        private static string Number(int value) => value < 0 ? $"({value})" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
