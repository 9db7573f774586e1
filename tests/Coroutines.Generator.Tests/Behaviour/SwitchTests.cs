using System.Collections.Generic;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>switch statements whose sections pause: constants, patterns with when, pattern variables, goto case, default.</summary>
    public class SwitchTests
    {
        // def describe(codes):
        //     for code in codes:
        //         match code:
        //             case 1:
        //                 yield "one"
        //                 yield "still one"
        //             case 2 | 3:
        //                 yield "two or three"
        //             case _:
        //                 yield f"other {code}"
        //         print("after switch", code)
        //
        // for v in describe([1, 3, 7]):
        //     print("got", v)
        [Fact]
        public void Section_chosen_by_a_constant_pauses_and_then_leaves_the_switch()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Describe(Co<string> co, int[] codes)
                {
                    foreach (var code in codes)
                    {
                        switch (code)
                        {
                            case 1:
                                co.Yield("one");
                                co.Yield("still one");
                                break;
                            case 2:
                            case 3:
                                co.Yield("two or three");
                                break;
                            default:
                                co.Yield($"other {code}");
                                break;
                        }
                        Print($"after switch {code}");
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string>>("Sample.Describe", new[] { 1, 3, 7 });
            while (gen.TryNext(out var v)) log.Add($"got {v}");

            Assert.Equal(new[]
            {
                "got one", "got still one", "after switch 1", "got two or three", "after switch 3", "got other 7", "after switch 7",
            }, log);
        }

        // def sizes(items):
        //     for item in items:
        //         match item:
        //             case int() if item > 100:
        //                 yield f"big {item}"
        //             case int():
        //                 yield f"int {item}"
        //             case str() if len(item) == 0:
        //                 yield "empty string"
        //             case str():
        //                 yield f"string {item}"
        //             case _:
        //                 yield "something else"
        //
        // print(list(sizes([500, 7, "", "hi", 2.5])))
        [Fact]
        public void Type_patterns_with_when_clauses_pick_the_first_matching_section()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Sizes(Co<string> co, object[] items)
                {
                    foreach (var item in items)
                    {
                        switch (item)
                        {
                            case int when (int)item > 100:
                                co.Yield($"big {item}");
                                break;
                            case int:
                                co.Yield($"int {item}");
                                break;
                            case string when ((string)item).Length == 0:
                                co.Yield("empty string");
                                break;
                            case string:
                                co.Yield($"string {item}");
                                break;
                            default:
                                co.Yield("something else");
                                break;
                        }
                    }
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Sizes", (object)new object[] { 500, 7, "", "hi", 2.5 });

            Assert.Equal(new[] { "big 500", "int 7", "empty string", "string hi", "something else" }, Trace.Drain(gen));
        }

        // As above, with the pattern variable in the when clause and in the yielded value (before the section pauses).
        [Fact]
        public void Pattern_variable_in_when_and_in_the_first_yield_of_its_section()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Sizes(Co<string> co, object[] items)
                {
                    foreach (var item in items)
                    {
                        switch (item)
                        {
                            case int n when n > 100:
                                co.Yield($"big {n}");
                                break;
                            case int n:
                                co.Yield($"int {n}");
                                break;
                            case string s when s.Length == 0:
                                co.Yield("empty string");
                                break;
                            case string s:
                                co.Yield($"string {s}");
                                break;
                            default:
                                co.Yield("something else");
                                break;
                        }
                    }
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Sizes", (object)new object[] { 500, 7, "", "hi", 2.5 });

            Assert.Equal(new[] { "big 500", "int 7", "empty string", "string hi", "something else" }, Trace.Drain(gen));
        }

        // def gen(items):
        //     for item in items:
        //         match item:
        //             case int(n):
        //                 yield f"int {n}"
        //                 yield f"twice {n * 2}"
        //             case str(s):
        //                 yield f"upper {s.upper()}"
        //                 yield f"length {len(s)}"
        //
        // print(list(gen([4, "ab"])))
        [Fact]
        public void Pattern_variable_keeps_its_value_after_a_pause_in_its_section()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, object[] items)
                {
                    foreach (var item in items)
                    {
                        switch (item)
                        {
                            case int n:
                                co.Yield($"int {n}");
                                co.Yield($"twice {n * 2}");
                                break;
                            case string s:
                                co.Yield($"upper {s.ToUpperInvariant()}");
                                co.Yield($"length {s.Length}");
                                break;
                        }
                    }
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Gen", (object)new object[] { 4, "ab" });

            Assert.Equal(new[] { "int 4", "twice 8", "upper AB", "length 2" }, Trace.Drain(gen));
        }

        // C#: goto case runs the sections one after another; level 3 falls through 2 and 1, an unknown level takes default.
        [Fact]
        public void Goto_case_continues_in_the_named_section()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Levels(Co<string> co, int level)
                {
                    switch (level)
                    {
                        case 3:
                            co.Yield("three");
                            goto case 2;
                        case 2:
                            co.Yield("two");
                            goto case 1;
                        case 1:
                            co.Yield("one");
                            break;
                        default:
                            co.Yield("none");
                            break;
                    }
                    co.Yield("end");
                }
                """);

            Assert.Equal(new[] { "three", "two", "one", "end" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Levels", 3)));
            Assert.Equal(new[] { "two", "one", "end" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Levels", 2)));
            Assert.Equal(new[] { "none", "end" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Levels", 9)));
        }

        // C#: goto case with a string constant from a section that pauses.
        [Fact]
        public void Goto_case_with_a_string_constant()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Steps(Co<string> co, string start)
                {
                    switch (start)
                    {
                        case "wake":
                            co.Yield("waking");
                            goto case "wash";
                        case "wash":
                            co.Yield("washing");
                            break;
                    }
                }
                """);

            Assert.Equal(new[] { "waking", "washing" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Steps", "wake")));
        }

        // C#: goto default from a section that paused.
        [Fact]
        public void Goto_default_continues_in_the_default_section()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, string command)
                {
                    switch (command)
                    {
                        case "special":
                            co.Yield("special handling");
                            goto default;
                        case "quiet":
                            break;
                        default:
                            co.Yield($"default handling of {command}");
                            break;
                    }
                }
                """);

            Assert.Equal(new[] { "special handling", "default handling of special" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Gen", "special")));
            Assert.Equal(new[] { "default handling of other" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Gen", "other")));
            Assert.Empty(Trace.Drain(compiled.Make<Generator<string>>("Sample.Gen", "quiet")));
        }

        // C#: a default section written first still only runs when no case matches.
        [Fact]
        public void Default_section_written_first_runs_only_when_nothing_matches()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, int x)
                {
                    switch (x)
                    {
                        default:
                            co.Yield("default");
                            break;
                        case 1:
                            co.Yield("one");
                            break;
                    }
                    co.Yield("after");
                }
                """);

            Assert.Equal(new[] { "one", "after" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Gen", 1)));
            Assert.Equal(new[] { "default", "after" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Gen", 2)));
        }

        // def gen(x):
        //     match x:
        //         case 1:
        //             yield "one"
        //     yield "after"
        //
        // print(list(gen(1)), list(gen(2)))
        [Fact]
        public void No_matching_section_and_no_default_skips_the_switch()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, int x)
                {
                    switch (x)
                    {
                        case 1:
                            co.Yield("one");
                            break;
                    }
                    co.Yield("after");
                }
                """);

            Assert.Equal(new[] { "one", "after" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Gen", 1)));
            Assert.Equal(new[] { "after" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Gen", 2)));
        }

        // def gen(values):
        //     for v in values:
        //         match v:
        //             case "skip":
        //                 print("skipping")
        //             case "stop":
        //                 break          # Python's break leaves the loop; C# needs a flag or return for that
        //             case _:
        //                 yield v
        //     print("loop left")
        //
        // C#'s break leaves only the switch, so "stop" here ends the loop through a flag:
        [Fact]
        public void Break_in_a_section_leaves_the_switch_not_the_enclosing_loop()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, string[] values)
                {
                    bool stopped = false;
                    foreach (var v in values)
                    {
                        if (stopped) break;
                        switch (v)
                        {
                            case "skip":
                                Print("skipping");
                                break;
                            case "stop":
                                stopped = true;
                                break;
                            default:
                                co.Yield(v);
                                break;
                        }
                    }
                    Print("loop left");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string>>("Sample.Gen", (object)new[] { "a", "skip", "b", "stop", "c" });
            while (gen.TryNext(out var x)) log.Add($"got {x}");

            Assert.Equal(new[] { "got a", "skipping", "got b", "loop left" }, log);
        }

        // def gen(values):
        //     for v in values:
        //         match v:
        //             case "next":
        //                 yield "continuing"
        //                 continue
        //             case _:
        //                 yield v
        //         print("end of body for", v)
        //
        // for x in gen(["a", "next", "b"]):
        //     print("got", x)
        [Fact]
        public void Continue_in_a_section_continues_the_enclosing_loop()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, string[] values)
                {
                    foreach (var v in values)
                    {
                        switch (v)
                        {
                            case "next":
                                co.Yield("continuing");
                                continue;
                            default:
                                co.Yield(v);
                                break;
                        }
                        Print($"end of body for {v}");
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string>>("Sample.Gen", (object)new[] { "a", "next", "b" });
            while (gen.TryNext(out var x)) log.Add($"got {x}");

            Assert.Equal(new[] { "got a", "end of body for a", "got continuing", "got b", "end of body for b" }, log);
        }

        // def next_value():
        //     print("evaluated")
        //     return 2
        //
        // def gen():
        //     match next_value():
        //         case 1: yield "one"
        //         case 2: yield "two"
        //
        // print(list(gen()))      -> evaluated / ['two']
        [Fact]
        public void Governing_expression_is_evaluated_once()
        {
            var compiled = SampleSource.Compile("""
                static int NextValue() { Print("evaluated"); return 2; }

                [Coroutine]
                public static partial void Gen(Co<string> co)
                {
                    switch (NextValue())
                    {
                        case 1: co.Yield("one"); break;
                        case 2: co.Yield("two"); break;
                    }
                }
                """);
            var log = compiled.Log();
            log.AddRange(Trace.Drain(compiled.Make<Generator<string>>("Sample.Gen")));

            Assert.Equal(new[] { "evaluated", "two" }, log);
        }
    
        // def gen():
        //     while True:
        //         match (yield "command?"):
        //             case "hello": yield "hi"
        //             case "quit": return "bye"
        //             case _: yield "unknown"
        //
        // g = gen(); print(next(g)); print(g.send("hello")); print(next(g)); print(g.send("dance")); print(next(g))
        // try:
        //     g.send("quit")
        // except StopIteration as e:
        //     print(e.value)
        [Fact]
        public void Governing_expression_that_is_a_yield_switches_on_the_sent_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial string Gen(Co<string, string> co)
                {
                    while (true)
                    {
                        switch (co.Yield("command?"))
                        {
                            case "hello":
                                co.Yield("hi");
                                break;
                            case "quit":
                                return "bye";
                            default:
                                co.Yield("unknown");
                                break;
                        }
                    }
                }
                """);
            var gen = compiled.Make<Generator<string, string, string>>("Sample.Gen");
            var printed = new List<string> { gen.Next(), gen.Send("hello"), gen.Next(), gen.Send("dance"), gen.Next() };
            printed.Add((string)Assert.Throws<StopIterationException>(() => gen.Send("quit")).Value!);

            Assert.Equal(new[] { "command?", "hi", "command?", "unknown", "command?", "bye" }, printed);
        }
}
}
