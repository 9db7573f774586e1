using System.Collections.Generic;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>if/else around resume points: only the branch taken pauses, and the code after the if runs after it.</summary>
    public class ConditionalTests
    {
        // def evens(items):
        //     for x in items:
        //         if x % 2 == 0:
        //             yield x
        //         print("checked", x)
        //
        // for v in evens([1, 2, 3, 4]):
        //     print("got", v)
        [Fact]
        public void If_without_else_pauses_only_when_the_condition_holds()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Evens(Co<int> co, int[] items)
                {
                    foreach (var x in items)
                    {
                        if (x % 2 == 0)
                            co.Yield(x);
                        Print($"checked {x}");
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.Evens", new[] { 1, 2, 3, 4 });
            while (gen.TryNext(out var v)) log.Add($"got {v}");

            Assert.Equal(new[] { "checked 1", "got 2", "checked 2", "checked 3", "got 4", "checked 4" }, log);
        }

        // def sign(items):
        //     for x in items:
        //         if x < 0:
        //             yield "negative"
        //             print("after negative")
        //         else:
        //             yield "non-negative"
        //             print("after non-negative")
        //
        // for v in sign([-1, 2]):
        //     print("got", v)
        [Fact]
        public void If_else_pauses_in_the_branch_taken_and_resumes_in_it()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Sign(Co<string> co, int[] items)
                {
                    foreach (var x in items)
                    {
                        if (x < 0)
                        {
                            co.Yield("negative");
                            Print("after negative");
                        }
                        else
                        {
                            co.Yield("non-negative");
                            Print("after non-negative");
                        }
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string>>("Sample.Sign", new[] { -1, 2 });
            while (gen.TryNext(out var v)) log.Add($"got {v}");

            Assert.Equal(new[] { "got negative", "after negative", "got non-negative", "after non-negative" }, log);
        }

        // def classify(items):
        //     for x in items:
        //         if x < 0:
        //             yield f"{x} negative"
        //         elif x == 0:
        //             yield f"{x} zero"
        //         elif x < 10:
        //             yield f"{x} small"
        //         else:
        //             yield f"{x} large"
        //
        // print(list(classify([-5, 0, 3, 42])))
        [Fact]
        public void Else_if_chain_pauses_in_the_first_branch_that_matches()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Classify(Co<string> co, int[] items)
                {
                    foreach (var x in items)
                    {
                        if (x < 0)
                            co.Yield($"{x} negative");
                        else if (x == 0)
                            co.Yield($"{x} zero");
                        else if (x < 10)
                            co.Yield($"{x} small");
                        else
                            co.Yield($"{x} large");
                    }
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Classify", new[] { -5, 0, 3, 42 });

            Assert.Equal(new[] { "-5 negative", "0 zero", "3 small", "42 large" }, Trace.Drain(gen));
        }

        // def nested(pairs):
        //     for a, b in pairs:
        //         if a:
        //             if b:
        //                 yield "both"
        //             else:
        //                 yield "a only"
        //             yield "after inner if"
        //         else:
        //             if b:
        //                 yield "b only"
        //             print("neither yields for", a, b)
        //
        // for v in nested([(True, True), (True, False), (False, True), (False, False)]):
        //     print(v)
        [Fact]
        public void Nested_ifs_pause_in_the_inner_branch_and_continue_after_it()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Nested(Co<string> co, bool[] firsts, bool[] seconds)
                {
                    for (int i = 0; i < firsts.Length; i++)
                    {
                        bool a = firsts[i], b = seconds[i];
                        if (a)
                        {
                            if (b)
                                co.Yield("both");
                            else
                                co.Yield("a only");
                            co.Yield("after inner if");
                        }
                        else
                        {
                            if (b)
                                co.Yield("b only");
                            Print($"neither yields for {a} {b}");
                        }
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string>>("Sample.Nested", new[] { true, true, false, false }, new[] { true, false, true, false });
            while (gen.TryNext(out var v)) log.Add(v);

            Assert.Equal(new[]
            {
                "both", "after inner if", "a only", "after inner if", "b only",
                "neither yields for False True", "neither yields for False False",
            }, log);
        }

        // def gate():
        //     allowed = yield "ask"
        //     if allowed:
        //         yield "granted"
        //     else:
        //         yield "denied"
        //     yield "end"
        //
        // g = gate(); print(next(g)); print(g.send(True)); print(next(g))
        // g = gate(); print(next(g)); print(g.send(False)); print(next(g))
        [Fact]
        public void Condition_on_a_sent_value_picks_the_branch()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gate(Co<string, bool> co)
                {
                    bool allowed = co.Yield("ask");
                    if (allowed)
                        co.Yield("granted");
                    else
                        co.Yield("denied");
                    co.Yield("end");
                }
                """);
            var printed = new List<string>();
            var gen = compiled.Make<Generator<string, bool, Unit>>("Sample.Gate");
            printed.Add(gen.Next());
            printed.Add(gen.Send(true));
            printed.Add(gen.Next());
            gen = compiled.Make<Generator<string, bool, Unit>>("Sample.Gate");
            printed.Add(gen.Next());
            printed.Add(gen.Send(false));
            printed.Add(gen.Next());

            Assert.Equal(new[] { "ask", "granted", "end", "ask", "denied", "end" }, printed);
        }

        // def gen(x):
        //     if x > 0:
        //         print("positive, no pause")
        //     else:
        //         yield "non-positive"
        //     yield "done"
        //
        // for v in gen(1): print("got", v)    -> positive, no pause / got done
        // for v in gen(0): print("got", v)    -> got non-positive / got done
        [Fact]
        public void Branch_without_a_pause_runs_as_written_beside_one_that_pauses()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, int x)
                {
                    if (x > 0)
                    {
                        Print("positive, no pause");
                    }
                    else
                    {
                        co.Yield("non-positive");
                    }
                    co.Yield("done");
                }
                """);
            var log = compiled.Log();
            foreach (var x in new[] { 1, 0 })
            {
                var gen = compiled.Make<Generator<string>>("Sample.Gen", x);
                while (gen.TryNext(out var v)) log.Add($"got {v}");
            }

            Assert.Equal(new[] { "positive, no pause", "got done", "got non-positive", "got done" }, log);
        }
    
        // def gen():
        //     if (yield "ok?"):
        //         yield "yes"
        //     else:
        //         yield "no"
        //
        // for answer in (True, False):
        //     g = gen(); print(next(g)); print(g.send(answer))
        [Fact]
        public void If_condition_that_is_a_yield_branches_on_the_sent_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string, bool> co)
                {
                    if (co.Yield("ok?"))
                        co.Yield("yes");
                    else
                        co.Yield("no");
                }
                """);
            var printed = new List<string>();
            foreach (var answer in new[] { true, false })
            {
                var gen = compiled.Make<Generator<string, bool, Unit>>("Sample.Gen");
                printed.Add(gen.Next());
                printed.Add(gen.Send(answer));
            }

            Assert.Equal(new[] { "ok?", "yes", "ok?", "no" }, printed);
        }

        // def gen(items):
        //     for o in items:
        //         if isinstance(o, int):
        //             n = o
        //             yield f"int {n}"
        //             yield f"next {n + 1}"
        //
        // print(list(gen([1, "a", 5])))
        [Fact]
        public void Pattern_variable_of_an_if_condition_keeps_its_value_after_a_pause()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, object[] items)
                {
                    foreach (var o in items)
                    {
                        if (o is int n)
                        {
                            co.Yield($"int {n}");
                            co.Yield($"next {n + 1}");
                        }
                    }
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Gen", (object)new object[] { 1, "a", 5 });

            Assert.Equal(new[] { "int 1", "next 2", "int 5", "next 6" }, Trace.Drain(gen));
        }
}
}
