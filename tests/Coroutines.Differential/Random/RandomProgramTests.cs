using System.Collections.Immutable;
using System.Linq;
using Xunit;

namespace Coroutines.Differential.Random
{
    /// <summary>The random program generator and its two printers, on their own.</summary>
    public sealed class RandomProgramTests
    {
        [Fact]
        public void The_same_seed_gives_the_same_program()
        {
            for (int seed = 0; seed < 50; seed++)
            {
                var first = RandomProgramGenerator.Generate(seed);
                var second = RandomProgramGenerator.Generate(seed);
                Assert.Equal(PythonPrinter.Standalone(first), PythonPrinter.Standalone(second));
                Assert.Equal(CSharpPrinter.Standalone(first), CSharpPrinter.Standalone(second));
            }
            var texts = Enumerable.Range(0, 50).Select(s => PythonPrinter.Case(RandomProgramGenerator.Generate(s))).Distinct().Count();
            Assert.True(texts > 45, $"only {texts} distinct programs from 50 seeds");
        }

        [Fact]
        public void Generated_programs_keep_the_rules_and_use_every_construct()
        {
            var programs = Enumerable.Range(0, 300).Select(s => RandomProgramGenerator.Generate(s)).ToList();
            Assert.All(programs, p => Assert.True(RandomRules.IsValid(p), PythonPrinter.Case(p)));
            var statements = programs.SelectMany(p => p.Subs.Append(p.Main)).SelectMany(f => RandomWalk.Statements(f.Body)).ToList();
            var expressions = programs.SelectMany(p => p.Subs.Append(p.Main)).SelectMany(RandomWalk.AllExpressions).ToList();
            Assert.Contains(statements, s => s is Try { Finally: not null } t && t.Handlers.Length > 0);
            Assert.Contains(statements, s => s is Try t && t.Handlers.Any(h => RandomNames.Uses(h)));
            Assert.Contains(statements, s => s is Jump { Kind: JumpKind.Reraise });
            Assert.Contains(statements, s => s is Jump { Kind: JumpKind.Break });
            Assert.Contains(statements, s => s is While { Extra: not null });
            Assert.Contains(statements, s => s is For);
            Assert.Contains(statements, s => s is YieldFromS);
            Assert.Contains(expressions, e => e is YieldFromE);
            Assert.Contains(expressions, e => e is CallE c && RandomWalk.Nodes(c).Skip(1).Any(n => n is YieldE));
            var ops = programs.SelectMany(p => p.Driver).ToList();
            Assert.Contains(programs, p => p.Driver[0].Kind == OpKind.Send);
            Assert.Contains(programs, p => p.Driver[0].Kind == OpKind.Throw);
            Assert.Contains(ops, o => o.Kind == OpKind.Close);
            Assert.Contains(ops, o => o.Kind == OpKind.SendNone);
        }

        private static RandomProgram Tiny()
        {
            var sub = new Function("sub0", new Block(ImmutableArray.Create<Stmt>(
                new YieldS(new Var("p")))), new Bin("+", new Var("p"), new Lit(1)));
            var body = new Block(ImmutableArray.Create<Stmt>(
                new Assign("a", new YieldFromE(0, new Lit(2))),
                new For("i0", 2, new Block(ImmutableArray.Create<Stmt>(
                    new Jump(new Cmp(">", new Var("i0"), new Lit(0)), JumpKind.Break)))),
                new Try(
                    new Block(ImmutableArray.Create<Stmt>(new Print("m0", null, ImmutableArray.Create<Expr>(new CallE(new Var("a"), new YieldE(new Lit(-1))))))),
                    ImmutableArray.Create(new Handler("E1", "e0", new Block(ImmutableArray.Create<Stmt>(
                        new Print("m1", "e0", ImmutableArray<Expr>.Empty),
                        new Jump(new Cmp("==", new YieldE(new Var("a")), new Lit(3)), JumpKind.Reraise))))),
                    new Block(ImmutableArray.Create<Stmt>(new Assign("b", new Lit(1)))))));
            var main = new Function("gen", body, new Var("a"));
            var driver = ImmutableArray.Create(new Op(OpKind.Send, 4), new Op(OpKind.Next), new Op(OpKind.Throw, Type: "E2"), new Op(OpKind.Close));
            return new RandomProgram(0, ImmutableArray.Create(sub), main, 3, driver);
        }

        [Fact]
        public void A_fixed_program_prints_as_python()
        {
            Assert.Equal("""
                @kept
                def sub0(p):
                    yield p
                    return m((p + 1))


                @kept
                def gen(p):
                    a = 0
                    b = 0
                    a = m((yield from sub0(2)))
                    for i0 in range(2):
                        if (i0 > 0):
                            break
                    try:
                        print("m0", h(a, ((yield (-1)) or 0)))
                    except E1 as e0:
                        print("m1", type(e0).__name__)
                        if (((yield a) or 0) == 3):
                            raise
                    finally:
                        b = 1
                    return m(a)


                g = gen(3)
                step(g, lambda: g.send(4))
                step(g, lambda: next(g))
                step(g, lambda: g.throw(E2()))
                close(g)

                """, PythonPrinter.Case(Tiny()));
        }

        [Fact]
        public void A_fixed_program_prints_as_CSharp()
        {
            string text = CSharpPrinter.Class(Tiny());
            Assert.Contains("""
                    [Coroutine]
                    private static partial int Sub0(Co<int, int?> co, int p)
                    {
                        co.Yield(p);
                        return M((p + 1));
                    }

                    [Coroutine]
                    private static partial int Gen(Co<int, int?> co, int p)
                    {
                        int a = 0, b = 0;
                        a = M(co.YieldFrom(Sub0(2)));
                        for (int i0 = 0; i0 < 2; i0++)
                        {
                            if (i0 > 0)
                            {
                                break;
                            }
                        }
                        try
                        {
                            Py.Print("m0", H(a, (co.Yield((-1)) ?? 0)));
                        }
                        catch (E1 e0)
                        {
                            Py.Print("m1", Py.Name(e0));
                            if ((co.Yield(a) ?? 0) == 3)
                            {
                                throw;
                            }
                        }
                        finally
                        {
                            b = 1;
                        }
                        _ = b;
                        return M(a);
                    }

                    public static void Main()
                    {
                        var g = Gen(3);
                        Step(g, () => g.Send(4));
                        Step(g, () => g.Next());
                        Step(g, () => g.Throw(new E2()));
                        Close(g);
                    }
                """, text);
        }

        [Fact]
        public void A_fixed_program_prints_the_same_trace_on_both_sides()
        {
            var failures = RandomRunner.Run(new[] { Tiny() });
            Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => f.Report())));
        }
    }
}
