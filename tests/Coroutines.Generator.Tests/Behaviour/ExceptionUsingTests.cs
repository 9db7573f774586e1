using System;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// <c>using</c> statements and <c>using var</c> declarations with yields inside: the resource is disposed exactly
    /// once, when the block is left (normally, by a jump, by <c>Close</c> or <c>Throw</c>), and never merely because the
    /// coroutine paused. The reference is what the same C# code does without coroutines; the Python programs below
    /// (prelude in <see cref="ExceptionKit"/>) model a resource with a context manager.
    /// </summary>
    public class ExceptionUsingTests
    {
        private const string Resource = """
                public sealed class Res : IDisposable
                {
                    private readonly string name;
                    public Res(string name) { this.name = name; Sample.Log.Add("open " + name); }
                    public void Dispose() => Sample.Log.Add("dispose " + name);
                }
            """;

        private static string Source(string members) => $$"""
            using System;
            using System.Collections.Generic;
            using Coroutines;
            {{Resource}}
            public static partial class Sample
            {
                public static List<string> Log = new();

            {{members}}
            }
            """;

        private const string UsingStatement = """
                [Coroutine]
                public static partial void Body(Co<int> co)
                {
                    using (var r = new Res("a"))
                    {
                        Log.Add("body");
                        co.Yield(1);
                        Log.Add("body resumed");
                        co.Yield(2);
                        Log.Add("body done");
                    }
                    Log.Add("end");
                    co.Yield(3);
                }
            """;

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as r:
        //         log.append("body")
        //         yield 1
        //         log.append("body resumed")
        //         yield 2
        //         log.append("body done")
        //     log.append("end")
        //     yield 3
        // g = body()
        // for _ in range(4):
        //     step("next", lambda: next(g))
        // step("close", lambda: g.close())
        [Fact]
        public void Using_disposes_once_after_normal_exit()
        {
            var kit = ExceptionKit.Compile(Source(UsingStatement));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 4; i++) kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            kit.Expect("""
                open a
                body
                next -> 1
                body resumed
                next -> 2
                body done
                dispose a
                end
                next -> 3
                next -> StopIteration None
                close -> None
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as r:
        //         log.append("body")
        //         yield 1
        //         log.append("body resumed")
        //         yield 2
        //         log.append("body done")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // log.append("paused")
        [Fact]
        public void Using_does_not_dispose_while_paused()
        {
            var kit = ExceptionKit.Compile(Source(UsingStatement));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Log.Add("paused");
            kit.Expect("""
                open a
                body
                next -> 1
                body resumed
                next -> 2
                paused
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as r:
        //         log.append("body")
        //         yield 1
        //         log.append("body resumed")
        //         yield 2
        //         log.append("body done")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        // step("close again", lambda: g.close())
        [Fact]
        public void Using_disposes_once_on_Close()
        {
            var kit = ExceptionKit.Compile(Source(UsingStatement));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            kit.Step("close again", () => gen.Close());
            kit.Expect("""
                open a
                body
                next -> 1
                dispose a
                close -> None
                close again -> None
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as r:
        //         log.append("body")
        //         yield 1
        //         log.append("body resumed")
        //         yield 2
        //         log.append("body done")
        //     log.append("end")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("close", lambda: g.close())
        [Fact]
        public void Using_disposes_once_on_Throw_and_the_exception_propagates()
        {
            var kit = ExceptionKit.Compile(Source(UsingStatement));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("bad")));
            kit.Step("close", () => gen.Close());
            kit.Expect("""
                open a
                body
                next -> 1
                body resumed
                next -> 2
                dispose a
                throw -> FormatException: bad
                close -> None
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     for i in range(3):
        //         with Res("r" + str(i)) as r:
        //             yield i
        //             if i == 1:
        //                 break
        //             log.append("iteration " + str(i))
        //     log.append("after loop")
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Using_disposes_once_after_break_out_of_a_loop()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        for (int i = 0; i < 3; i++)
                        {
                            using (var r = new Res("r" + i))
                            {
                                co.Yield(i);
                                if (i == 1) break;
                                Log.Add("iteration " + i);
                            }
                        }
                        Log.Add("after loop");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                open r0
                next -> 0
                iteration 0
                dispose r0
                open r1
                next -> 1
                dispose r1
                after loop
                next -> StopIteration None
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as r:
        //         yield 1
        //         return 5
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Using_disposes_once_after_return()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial int Body(Co<int> co)
                    {
                        using (var r = new Res("a"))
                        {
                            co.Yield(1);
                            return 5;
                        }
                    }
                """));
            var gen = kit.Make<Generator<int, Unit, int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            Assert.Equal(5, gen.Result);
            kit.Expect("""
                open a
                next -> 1
                dispose a
                next -> StopIteration 5
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def explode(message):
        //     raise FormatException(message)
        // def body():
        //     with Res("a") as r:
        //         yield 1
        //         explode("from the body")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Using_disposes_once_when_the_body_throws_after_a_resume()
        {
            var kit = ExceptionKit.Compile(Source("""
                    static void Explode(string message) => throw new FormatException(message);

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        using (var r = new Res("a"))
                        {
                            co.Yield(1);
                            Explode("from the body");
                        }
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                open a
                next -> 1
                dispose a
                next -> FormatException: from the body
                """);
        }

        // Python (the resource expression is evaluated once, before the body):
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def make(name):
        //     log.append("make " + name)
        //     return Res(name)
        // def body():
        //     with make("e"):
        //         yield 1
        //         log.append("body done")
        //     yield 2
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Using_an_expression_without_a_variable_disposes_that_resource()
        {
            var kit = ExceptionKit.Compile(Source("""
                    static Res Make(string name)
                    {
                        Log.Add("make " + name);
                        return new Res(name);
                    }

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        using (Make("e"))
                        {
                            co.Yield(1);
                            Log.Add("body done");
                        }
                        co.Yield(2);
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                make e
                open e
                next -> 1
                body done
                dispose e
                next -> 2
                next -> StopIteration None
                """);
        }

        // Python (several declarators: disposed in reverse order):
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as a, Res("b") as b:
        //         yield 1
        //         log.append("body done")
        //     yield 2
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // g = body()
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        [Fact]
        public void Using_with_two_declarators_disposes_both_in_reverse_order()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        using (Res a = new Res("a"), b = new Res("b"))
                        {
                            co.Yield(1);
                            Log.Add("body done");
                        }
                        co.Yield(2);
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            kit.Expect("""
                open a
                open b
                next -> 1
                body done
                dispose b
                dispose a
                next -> 2
                open a
                open b
                next -> 1
                dispose b
                dispose a
                close -> None
                """);
        }

        // Python (a null resource is not disposed, and is no error):
        // def body():
        //     r = None
        //     yield 1
        //     log.append("body done")
        //     yield 2
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Using_a_null_resource_disposes_nothing()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        using (Res? r = null)
                        {
                            co.Yield(1);
                            Log.Add("body done");
                        }
                        co.Yield(2);
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                body done
                next -> 2
                next -> StopIteration None
                """);
        }

        // Python (a struct resource: C# disposes the variable itself, so the state it changed is what Dispose sees):
        // class Counter:
        //     def __init__(self):
        //         self.count = 0
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose after " + str(self.count))
        // def body():
        //     with Counter() as c:
        //         c.count += 1
        //         yield 1
        //         c.count += 1
        //         yield 2
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Using_a_struct_resource_disposes_the_variable_not_a_copy()
        {
            var kit = ExceptionKit.Compile(Source("""
                    public struct Counter : IDisposable
                    {
                        public int Count;
                        public void Dispose() => Log.Add("dispose after " + Count);
                    }

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        using (var c = new Counter())
                        {
                            Bump(in c);
                            co.Yield(1);
                            Bump(in c);
                            co.Yield(2);
                        }
                    }

                    static void Bump(in Counter c) => System.Runtime.CompilerServices.Unsafe.AsRef(in c).Count++;
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                next -> 2
                dispose after 2
                next -> StopIteration None
                """);
        }

        private const string UsingDeclarations = """
                [Coroutine]
                public static partial void Body(Co<int> co)
                {
                    {
                        using var a = new Res("a");
                        Log.Add("after a");
                        co.Yield(1);
                        using var b = new Res("b");
                        Log.Add("after b");
                        co.Yield(2);
                        Log.Add("block end");
                    }
                    Log.Add("after block");
                    co.Yield(3);
                }
            """;

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as a:
        //         log.append("after a")
        //         yield 1
        //         with Res("b") as b:
        //             log.append("after b")
        //             yield 2
        //             log.append("block end")
        //     log.append("after block")
        //     yield 3
        // g = body()
        // for _ in range(4):
        //     step("next", lambda: next(g))
        [Fact]
        public void Using_var_disposes_at_the_end_of_its_block_in_reverse_order()
        {
            var kit = ExceptionKit.Compile(Source(UsingDeclarations));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 4; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                open a
                after a
                next -> 1
                open b
                after b
                next -> 2
                block end
                dispose b
                dispose a
                after block
                next -> 3
                next -> StopIteration None
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as a:
        //         log.append("after a")
        //         yield 1
        //         with Res("b") as b:
        //             log.append("after b")
        //             yield 2
        //             log.append("block end")
        //     log.append("after block")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // log.append("paused")
        [Fact]
        public void Using_var_does_not_dispose_while_paused()
        {
            var kit = ExceptionKit.Compile(Source(UsingDeclarations));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Log.Add("paused");
            kit.Expect("""
                open a
                after a
                next -> 1
                open b
                after b
                next -> 2
                paused
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as a:
        //         log.append("after a")
        //         yield 1
        //         with Res("b") as b:
        //             log.append("after b")
        //             yield 2
        //             log.append("block end")
        //     log.append("after block")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        // step("close again", lambda: g.close())
        [Fact]
        public void Using_var_disposes_each_resource_once_on_Close()
        {
            var kit = ExceptionKit.Compile(Source(UsingDeclarations));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            kit.Step("close again", () => gen.Close());
            kit.Expect("""
                open a
                after a
                next -> 1
                open b
                after b
                next -> 2
                dispose b
                dispose a
                close -> None
                close again -> None
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as a:
        //         log.append("after a")
        //         yield 1
        //         with Res("b") as b:
        //             log.append("after b")
        //             yield 2
        //             log.append("block end")
        //     log.append("after block")
        //     yield 3
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("next", lambda: next(g))
        [Fact]
        public void Using_var_disposes_only_the_resources_declared_so_far_on_Throw()
        {
            var kit = ExceptionKit.Compile(Source(UsingDeclarations));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("bad")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                open a
                after a
                next -> 1
                dispose a
                throw -> FormatException: bad
                next -> StopIteration None
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     i = 0
        //     while True:
        //         with Res("r" + str(i)) as r:
        //             yield i
        //             if i == 1:
        //                 break
        //             log.append("iteration " + str(i))
        //         i += 1
        //     log.append("after loop")
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Using_var_disposes_once_after_break_out_of_a_loop()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        for (int i = 0; ; i++)
                        {
                            using var r = new Res("r" + i);
                            co.Yield(i);
                            if (i == 1) break;
                            Log.Add("iteration " + i);
                        }
                        Log.Add("after loop");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                open r0
                next -> 0
                iteration 0
                dispose r0
                open r1
                next -> 1
                dispose r1
                after loop
                next -> StopIteration None
                """);
        }

        // Python (a using var at the top of the body lives until the coroutine ends):
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("top") as r:
        //         yield 1
        //         log.append("last statement")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Using_var_in_the_method_body_disposes_when_the_coroutine_finishes()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        using var r = new Res("top");
                        co.Yield(1);
                        Log.Add("last statement");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                open top
                next -> 1
                last statement
                dispose top
                next -> StopIteration None
                """);
        }

        // Python (a resource created inside the try of a pausing finally is disposed before that finally runs):
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     try:
        //         with Res("a") as r:
        //             yield 1
        //             return
        //     finally:
        //         log.append("finally")
        //         yield 2
        //         log.append("finally done")
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Return_from_a_using_inside_a_pausing_finally_disposes_before_the_finally()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        try
                        {
                            using (var r = new Res("a"))
                            {
                                co.Yield(1);
                                return;
                            }
                        }
                        finally
                        {
                            Log.Add("finally");
                            co.Yield(2);
                            Log.Add("finally done");
                        }
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                open a
                next -> 1
                dispose a
                finally
                next -> 2
                finally done
                next -> StopIteration None
                """);
        }

        // Python (a pausing finally inside the using runs, and pauses, before the resource is disposed):
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     with Res("a") as r:
        //         try:
        //             yield 1
        //         finally:
        //             log.append("finally")
        //             yield 2
        //             log.append("finally done")
        //     log.append("after using")
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_into_a_pausing_finally_inside_a_using_disposes_after_the_finally()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        using (var r = new Res("a"))
                        {
                            try
                            {
                                co.Yield(1);
                            }
                            finally
                            {
                                Log.Add("finally");
                                co.Yield(2);
                                Log.Add("finally done");
                            }
                        }
                        Log.Add("after using");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("bad")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                open a
                next -> 1
                finally
                throw -> 2
                finally done
                dispose a
                next -> FormatException: bad
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     try:
        //         yield 1
        //     except FormatException as e:
        //         with Res("handler") as r:
        //             yield 2
        //             log.append("handler done " + str(e))
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("next", lambda: next(g))
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("bad")))
        // step("close", lambda: g.close())
        [Fact]
        public void Using_var_inside_a_pausing_handler_disposes_when_the_handler_ends_or_is_closed()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        try
                        {
                            co.Yield(1);
                        }
                        catch (FormatException e)
                        {
                            using var r = new Res("handler");
                            co.Yield(2);
                            Log.Add("handler done " + e.Message);
                        }
                        Log.Add("end");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("bad")));
            kit.Step("next", () => gen.Next());
            gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("bad")));
            kit.Step("close", () => gen.Close());
            kit.Expect("""
                next -> 1
                open handler
                throw -> 2
                handler done bad
                dispose handler
                end
                next -> StopIteration None
                next -> 1
                open handler
                throw -> 2
                dispose handler
                close -> None
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     try:
        //         yield 1
        //     finally:
        //         with Res("finally") as r:
        //             yield 2
        //             log.append("finally done")
        //     log.append("end")
        // g = body()
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("pending")))
        // step("next", lambda: next(g))
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(TimeoutException("into the finally")))
        [Fact]
        public void Using_var_inside_a_pausing_finally_disposes_before_the_pending_exception_continues()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        try
                        {
                            co.Yield(1);
                        }
                        finally
                        {
                            using var r = new Res("finally");
                            co.Yield(2);
                            Log.Add("finally done");
                        }
                        Log.Add("end");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("pending")));
            kit.Step("next", () => gen.Next());
            gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new TimeoutException("into the finally")));
            kit.Expect("""
                next -> 1
                open finally
                throw -> 2
                finally done
                dispose finally
                next -> FormatException: pending
                next -> 1
                open finally
                next -> 2
                dispose finally
                throw -> TimeoutException: into the finally
                """);
        }

        // Python:
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body(n):
        //     with Res("a") as r:
        //         i = 0
        //         while i < n:
        //             yield i
        //             i += 1
        //     log.append("end")
        // g = body(2)
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Loop_with_a_yield_as_the_last_statement_of_a_using_disposes_after_the_loop()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co, int n)
                    {
                        using (var r = new Res("a"))
                        {
                            int i = 0;
                            while (i < n)
                            {
                                co.Yield(i);
                                i++;
                            }
                        }
                        Log.Add("end");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body", 2);
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                open a
                next -> 0
                next -> 1
                dispose a
                end
                next -> StopIteration None
                """);
        }
    }
}
