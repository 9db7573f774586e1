using System;
using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>Locals as frame fields: shadowing, names the frame already uses, <c>Locals</c> and <c>Location</c> at a pause.</summary>
    public class LocalTests
    {
        // C#: two sibling blocks each declare x; each block's x is its own variable.
        // (Python has no block scope: `x = 1; yield x; x += 1; yield x; x = 10; yield x; x += 1; yield x` prints 1 2 10 11.)
        [Fact]
        public void Shadowing_locals_in_sibling_blocks_keep_their_own_values()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    {
                        int x = 1;
                        co.Yield(x);
                        x += 1;
                        co.Yield(x);
                    }
                    {
                        int x = 10;
                        co.Yield(x);
                        x += 1;
                        co.Yield(x);
                    }
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");

            Assert.Equal(new[] { "1", "2", "10", "11" }, Trace.Drain(gen));
        }

        [Fact]
        public void Shadowing_locals_in_sibling_blocks_get_fields_of_their_own()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    { int x = 1; co.Yield(x); }
                    { long x = 10; co.Yield((int)x); }
                    for (int i = 0; i < 1; i++) co.Yield(i);
                    for (int i = 5; i < 6; i++) co.Yield(i);
                }
                """);
            var source = compiled.Run.GeneratedSources.Single().SourceText.ToString();

            Assert.Contains("private int x = default!;", source);
            Assert.Contains("private long x_2 = default!;", source);
            Assert.Contains("private int i = default!;", source);
            Assert.Contains("private int i_2 = default!;", source);
            Assert.Equal(new[] { "1", "10", "0", "5" }, Trace.Drain(compiled.Make<Generator<int>>("Sample.Gen")));
        }

        // C#: the same name declared in the two branches of an if, inside a loop, alternately.
        [Fact]
        public void Shadowing_locals_in_if_and_else_branches_inside_a_loop_keep_their_values()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co)
                {
                    for (int k = 0; k < 4; k++)
                    {
                        if (k % 2 == 0)
                        {
                            string v = $"even {k}";
                            co.Yield(v);
                            co.Yield(v + "!");
                        }
                        else
                        {
                            string v = $"odd {k}";
                            co.Yield(v);
                            co.Yield(v + "?");
                        }
                    }
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Gen");

            Assert.Equal(new[] { "even 0", "even 0!", "odd 1", "odd 1?", "even 2", "even 2!", "odd 3", "odd 3?" }, Trace.Drain(gen));
        }

        // C#: a local that hides a static field in one block leaves the field visible in the sibling code.
        [Fact]
        public void Local_hiding_a_field_in_one_block_leaves_the_field_visible_elsewhere()
        {
            var compiled = SampleSource.Compile("""
                static int total = 100;

                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    {
                        int total = 1;
                        co.Yield(total);
                    }
                    co.Yield(total);
                    total++;
                    co.Yield(Sample.total);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");

            Assert.Equal(new[] { "1", "100", "101" }, Trace.Drain(gen));
        }

        // C#: locals may be called like the frame's own members (Current, State, Result, Next, ResumeAt, SourceFile).
        [Fact]
        public void Locals_named_like_frame_members_work_and_show_under_their_own_names()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co)
                {
                    string Current = "c";
                    int State = 1, ResumeAt = 2, Next = 3;
                    string Result = "r", SourceFile = "f";
                    co.Yield($"{Current}{State}{ResumeAt}{Next}{Result}{SourceFile}");
                    State++;
                    co.Yield($"{Current}{State}{ResumeAt}{Next}{Result}{SourceFile}");
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Gen");

            Assert.Equal("c123rf", gen.Next());
            Assert.Equal(new Dictionary<string, object?>
            {
                ["Current"] = "c", ["State"] = 1, ["ResumeAt"] = 2, ["Next"] = 3, ["Result"] = "r", ["SourceFile"] = "f",
            }, gen.Locals);
            Assert.Equal("c223rf", gen.Next());
        }

        // import inspect
        // def gen(n):
        //     total = 0
        //     for i in range(n):
        //         yield i
        //         total += i
        //     done = True
        //     yield total
        //
        // g = gen(2)
        // print(inspect.getgeneratorlocals(g))     {'n': 2}
        // next(g); print(...)                      {'n': 2, 'total': 0, 'i': 0}
        // next(g); print(...)                      {'n': 2, 'total': 0, 'i': 1}
        // next(g); print(...)                      {'n': 2, 'total': 1, 'i': 1, 'done': True}
        // In C# the for loop's i is out of scope at the last yield, so it is not listed there.
        [Fact]
        public void Locals_lists_parameters_and_the_locals_in_scope_at_the_pause()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co, int n)
                {
                    int total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        co.Yield(i);
                        total += i;
                    }
                    bool done = true;
                    co.Yield(done ? total : -1);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen", 2);

            Assert.Equal(new Dictionary<string, object?> { ["n"] = 2 }, gen.Locals);
            gen.Next();
            Assert.Equal(new Dictionary<string, object?> { ["n"] = 2, ["total"] = 0, ["i"] = 0 }, gen.Locals);
            gen.Next();
            Assert.Equal(new Dictionary<string, object?> { ["n"] = 2, ["total"] = 0, ["i"] = 1 }, gen.Locals);
            gen.Next();
            Assert.Equal(new Dictionary<string, object?> { ["n"] = 2, ["total"] = 1, ["done"] = true }, gen.Locals);
        }

        // import inspect
        // def gen(xs):
        //     for x in xs:
        //         yield x * 2
        //
        // g = gen([5, 6])
        // next(g); print(inspect.getgeneratorlocals(g))      {'xs': [5, 6], 'x': 5}
        // next(g); print(inspect.getgeneratorlocals(g))      {'xs': [5, 6], 'x': 6}
        [Fact]
        public void Locals_lists_the_foreach_variable()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co, int[] xs)
                {
                    foreach (var x in xs)
                        co.Yield(x * 2);
                }
                """);
            var xs = new[] { 5, 6 };
            var gen = compiled.Make<Generator<int>>("Sample.Gen", xs);

            gen.Next();
            Assert.Equal(new Dictionary<string, object?> { ["xs"] = xs, ["x"] = 5 }, gen.Locals);
            gen.Next();
            Assert.Equal(new Dictionary<string, object?> { ["xs"] = xs, ["x"] = 6 }, gen.Locals);
        }

        // import inspect
        // def gen():
        //     yield 1
        //     later = 5
        //     yield 2
        //
        // g = gen()
        // next(g); print(inspect.getgeneratorlocals(g))    {}
        // next(g); print(inspect.getgeneratorlocals(g))    {'later': 5}
        [Fact]
        public void Locals_omits_a_local_that_is_declared_but_not_yet_assigned()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    int later;
                    co.Yield(1);
                    later = 5;
                    co.Yield(later);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");

            gen.Next();
            Assert.Equal(new Dictionary<string, object?>(), gen.Locals);
            gen.Next();
            Assert.Equal(new Dictionary<string, object?> { ["later"] = 5 }, gen.Locals);
        }

        // C#: a goto can reach a pause past a declaration, so there the local is in scope but not definitely assigned.
        [Fact]
        public void Locals_omits_a_local_whose_declaration_a_goto_can_skip()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co, bool skip)
                {
                    if (skip) goto after;
                    int x = 5;
                    co.Yield(x);
                after:
                    co.Yield(0);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen", false);

            gen.Next();
            Assert.Equal(5, gen.Locals["x"]);
            gen.Next();
            Assert.False(gen.Locals.ContainsKey("x"));
        }

        // import inspect
        // def gen():
        //     v = yield 1
        //     yield v
        //
        // g = gen()
        // next(g); print(inspect.getgeneratorlocals(g))     {}
        // g.send(7); print(inspect.getgeneratorlocals(g))   {'v': 7}
        [Fact]
        public void Locals_omits_the_local_the_paused_yield_will_assign()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co)
                {
                    int v = co.Yield(1);
                    co.Yield(v);
                }
                """);
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen");

            gen.Next();
            Assert.Equal(new Dictionary<string, object?>(), gen.Locals);
            gen.Send(7);
            Assert.Equal(new Dictionary<string, object?> { ["v"] = 7 }, gen.Locals);
        }

        // C#: a local whose block holds no pause is not in scope at any pause, so it is never listed.
        [Fact]
        public void Locals_omits_a_local_of_a_block_without_a_pause()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    {
                        int scratch = 41;
                        Print($"scratch {scratch + 1}");
                    }
                    int kept = 2;
                    co.Yield(kept);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            gen.Next();

            Assert.Equal(new Dictionary<string, object?> { ["kept"] = 2 }, gen.Locals);
            Assert.Equal(new[] { "scratch 42" }, compiled.Log());
        }

        // C#: shadowing locals are listed under the name the user wrote, with the value of the one in scope.
        [Fact]
        public void Locals_shows_a_renamed_local_under_its_own_name()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    { int x = 1; co.Yield(x); }
                    { int x = 20; co.Yield(x); }
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");

            gen.Next();
            Assert.Equal(new Dictionary<string, object?> { ["x"] = 1 }, gen.Locals);
            gen.Next();
            Assert.Equal(new Dictionary<string, object?> { ["x"] = 20 }, gen.Locals);
        }

        // def gen():
        //     yield 1
        //     yield (
        //         2)
        //     x = 3
        //     yield x
        //
        // g = gen()
        // for _ in g:
        //     print(g.gi_frame.f_lineno)      2, 3, 6   (lines of the paused yields; gi_frame is None at the end)
        [Fact]
        public void Location_is_the_line_of_the_paused_yield()
        {
            const string source = """
                using Coroutines;

                public static partial class Sample
                {
                    [Coroutine]
                    public static partial void Gen(Co<int> co)
                    {
                        co.Yield(1);
                        co.Yield(
                            2);
                        int x = 3;
                        co.Yield(x);
                    }
                }
                """;
            var compiled = Compiled.From(source);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            var lines = new List<int>();
            Assert.Null(gen.Location);
            while (gen.MoveNext())
            {
                var location = Assert.NotNull(gen.Location);
                Assert.Equal("Source0.cs", location.File);
                lines.Add(location.Line);
            }

            Assert.Equal(new[] { LineOf(source, "co.Yield(1)"), LineOf(source, "co.Yield(\n"), LineOf(source, "co.Yield(x)") }, lines);
            Assert.Equal(new[] { 8, 9, 12 }, lines);
            Assert.Null(gen.Location);
        }

        // C#: the yield of a declaration, an assignment and a nested expression report their own line.
        [Fact]
        public void Location_of_a_yield_inside_a_statement_is_the_yields_line()
        {
            const string source = """
                using Coroutines;

                public static partial class Sample
                {
                    [Coroutine]
                    public static partial void Gen(Co<int, int> co)
                    {
                        int a =
                            co.Yield(1);
                        a = co.Yield(2);
                        int b = a + co.Yield(3);
                        for (int i = 0; i < 2; i++)
                            co.Yield(10 + i);
                    }
                }
                """;
            var compiled = Compiled.From(source);
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen");
            var lines = new List<(int Yielded, int Line)>();
            while (gen.MoveNext()) lines.Add((gen.Current, gen.Location!.Value.Line));

            Assert.Equal(new[] { (1, 9), (2, 10), (3, 11), (10, 13), (11, 13) }, lines);
        }

        private static int LineOf(string source, string text)
        {
            int index = source.IndexOf(text, StringComparison.Ordinal);
            Assert.True(index >= 0 && source.IndexOf(text, index + 1, StringComparison.Ordinal) < 0, $"'{text}' must occur once");
            return source.Substring(0, index).Count(c => c == '\n') + 1;
        }
    }
}
