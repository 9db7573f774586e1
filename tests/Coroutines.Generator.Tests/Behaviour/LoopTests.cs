using System.Collections.Generic;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>while, do, for and foreach with resume points inside; break and continue around them; nested loops.</summary>
    public class LoopTests
    {
        // def countdown(n):
        //     print("starting countdown")
        //     while n > 0:
        //         yield n
        //         n -= 1
        //     print("done")
        //
        // for v in countdown(3):
        //     print("got", v)
        [Fact]
        public void While_loop_pauses_once_per_iteration()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Countdown(Co<int> co, int n)
                {
                    Print("starting countdown");
                    while (n > 0)
                    {
                        co.Yield(n);
                        n--;
                    }
                    Print("done");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.Countdown", 3);
            while (gen.TryNext(out var v)) log.Add($"got {v}");

            Assert.Equal(new[] { "starting countdown", "got 3", "got 2", "got 1", "done" }, log);
        }

        // # C#'s do { ... } while (cond) runs the body before testing
        // def at_least_once(n):
        //     while True:
        //         yield n
        //         n += 1
        //         if not (n < 3):
        //             break
        //     print("left at", n)
        //
        // for start in (0, 10):
        //     for v in at_least_once(start):
        //         print("got", v)
        [Fact]
        public void Do_loop_runs_its_body_before_testing_the_condition()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void AtLeastOnce(Co<int> co, int n)
                {
                    do
                    {
                        co.Yield(n);
                        n++;
                    }
                    while (n < 3);
                    Print($"left at {n}");
                }
                """);
            var log = compiled.Log();
            foreach (var start in new[] { 0, 10 })
            {
                var gen = compiled.Make<Generator<int>>("Sample.AtLeastOnce", start);
                while (gen.TryNext(out var v)) log.Add($"got {v}");
            }

            Assert.Equal(new[] { "got 0", "got 1", "got 2", "left at 3", "got 10", "left at 11" }, log);
        }

        // # C# do-while with continue: continue goes to the condition
        // def gen():
        //     i = 0
        //     while True:
        //         i += 1
        //         if i == 2:
        //             if not (i < 4): break
        //             continue
        //         yield i
        //         if not (i < 4): break
        //
        // print(list(gen()))
        [Fact]
        public void Continue_in_a_do_loop_goes_to_the_condition()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    int i = 0;
                    do
                    {
                        i++;
                        if (i == 2) continue;
                        co.Yield(i);
                    }
                    while (i < 4);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");

            Assert.Equal(new[] { "1", "3", "4" }, Trace.Drain(gen));
        }

        // def squares(n):
        //     for i in range(n):
        //         yield i * i
        //     print("after loop")
        //
        // for v in squares(4):
        //     print("got", v)
        [Fact]
        public void For_loop_keeps_its_index_across_pauses()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Squares(Co<int> co, int n)
                {
                    for (int i = 0; i < n; i++)
                        co.Yield(i * i);
                    Print("after loop");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.Squares", 4);
            while (gen.TryNext(out var v)) log.Add($"got {v}");

            Assert.Equal(new[] { "got 0", "got 1", "got 4", "got 9", "after loop" }, log);
        }

        // # for (int i = 0, j = 5; i < j; i++, j--)
        // def converge():
        //     i, j = 0, 5
        //     while i < j:
        //         yield f"{i},{j}"
        //         i += 1; j -= 1
        //
        // print(list(converge()))
        [Fact]
        public void For_loop_with_two_variables_and_two_incrementors()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Converge(Co<string> co)
                {
                    for (int i = 0, j = 5; i < j; i++, j--)
                        co.Yield($"{i},{j}");
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Converge");

            Assert.Equal(new[] { "0,5", "1,4", "2,3" }, Trace.Drain(gen));
        }

        // def odds(n):
        //     for i in range(n):
        //         if i % 2 == 0:
        //             continue
        //         yield i
        //
        // print(list(odds(7)))
        [Fact]
        public void Continue_in_a_for_loop_runs_the_incrementor()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Odds(Co<int> co, int n)
                {
                    for (int i = 0; i < n; i++)
                    {
                        if (i % 2 == 0) continue;
                        co.Yield(i);
                    }
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Odds", 7);

            Assert.Equal(new[] { "1", "3", "5" }, Trace.Drain(gen));
        }

        // def naturals():            # for (int n = 0; ; n++)
        //     n = 0
        //     while True:
        //         yield n
        //         n += 1
        //
        // g = naturals()
        // print([next(g) for _ in range(5)])
        [Fact]
        public void For_loop_without_a_condition_runs_until_the_caller_stops()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Naturals(Co<int> co)
                {
                    for (int n = 0; ; n++)
                        co.Yield(n);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Naturals");
            var printed = new List<int>();
            for (int k = 0; k < 5; k++) printed.Add(gen.Next());

            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, printed);
            Assert.Equal(CoroutineState.Suspended, gen.State);
        }

        // def items(xs):
        //     for x in xs:
        //         print("before", x)
        //         yield x
        //         print("after", x)
        //
        // for v in items(["a", "b"]):
        //     print("got", v)
        [Fact]
        public void Foreach_over_a_list_pauses_on_each_item()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Items(Co<string> co, List<string> xs)
                {
                    foreach (var x in xs)
                    {
                        Print($"before {x}");
                        co.Yield(x);
                        Print($"after {x}");
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string>>("Sample.Items", new List<string> { "a", "b" });
            while (gen.TryNext(out var v)) log.Add($"got {v}");

            Assert.Equal(new[] { "before a", "got a", "after a", "before b", "got b", "after b" }, log);
        }

        // def doubled(xs):
        //     for x in xs:
        //         yield x * 2
        //
        // print(list(doubled([1, 2, 3])))
        [Fact]
        public void Foreach_over_an_array_pauses_on_each_item()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Doubled(Co<int> co, int[] xs)
                {
                    foreach (int x in xs)
                        co.Yield(x * 2);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Doubled", new[] { 1, 2, 3 });

            Assert.Equal(new[] { "2", "4", "6" }, Trace.Drain(gen));
        }

        // def chars(s):
        //     for c in s:
        //         yield c.upper()
        //
        // print(list(chars("abc")))
        [Fact]
        public void Foreach_over_a_string_pauses_on_each_char()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Chars(Co<char> co, string s)
                {
                    foreach (char c in s)
                        co.Yield(char.ToUpperInvariant(c));
                }
                """);
            var gen = compiled.Make<Generator<char>>("Sample.Chars", "abc");

            Assert.Equal(new[] { "A", "B", "C" }, Trace.Drain(gen));
        }

        // def gen(pairs):
        //     for name, score in pairs:
        //         yield f"{name}={score}"
        //
        // print(list(gen([("a", 1), ("b", 2)])))
        [Fact]
        public void Foreach_with_deconstruction_pauses_on_each_item()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, List<(string, int)> pairs)
                {
                    foreach (var (name, score) in pairs)
                        co.Yield($"{name}={score}");
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Gen", new List<(string, int)> { ("a", 1), ("b", 2) });

            Assert.Equal(new[] { "a=1", "b=2" }, Trace.Drain(gen));
        }

        // def running(xs):
        //     for x in xs:
        //         label = f"item {x}"
        //         yield label
        //         yield label + " again"
        //
        // print(list(running([1, 2])))
        [Fact]
        public void Local_declared_in_a_loop_body_keeps_its_value_between_two_pauses()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Running(Co<string> co, int[] xs)
                {
                    foreach (var x in xs)
                    {
                        string label = $"item {x}";
                        co.Yield(label);
                        co.Yield(label + " again");
                    }
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Running", new[] { 1, 2 });

            Assert.Equal(new[] { "item 1", "item 1 again", "item 2", "item 2 again" }, Trace.Drain(gen));
        }

        // def first_negative(xs):
        //     for x in xs:
        //         yield x
        //         if x < 0:
        //             break
        //     print("stopped")
        //
        // for v in first_negative([3, 1, -2, 5]):
        //     print("got", v)
        [Fact]
        public void Break_after_a_pause_leaves_the_loop()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void FirstNegative(Co<int> co, List<int> xs)
                {
                    foreach (var x in xs)
                    {
                        co.Yield(x);
                        if (x < 0)
                            break;
                    }
                    Print("stopped");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.FirstNegative", new List<int> { 3, 1, -2, 5 });
            while (gen.TryNext(out var v)) log.Add($"got {v}");

            Assert.Equal(new[] { "got 3", "got 1", "got -2", "stopped" }, log);
        }

        // def skip_small(xs):
        //     i = 0
        //     while i < len(xs):
        //         x = xs[i]
        //         i += 1
        //         if x < 10:
        //             print("skip", x)
        //             continue
        //         yield x
        //
        // for v in skip_small([5, 20, 7, 30]):
        //     print("got", v)
        [Fact]
        public void Continue_in_a_while_loop_skips_the_pause()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void SkipSmall(Co<int> co, int[] xs)
                {
                    int i = 0;
                    while (i < xs.Length)
                    {
                        int x = xs[i];
                        i++;
                        if (x < 10)
                        {
                            Print($"skip {x}");
                            continue;
                        }
                        co.Yield(x);
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.SkipSmall", new[] { 5, 20, 7, 30 });
            while (gen.TryNext(out var v)) log.Add($"got {v}");

            Assert.Equal(new[] { "skip 5", "got 20", "skip 7", "got 30" }, log);
        }

        // def pairs(n):
        //     for i in range(n):
        //         for j in range(i):
        //             yield f"{i}{j}"
        //         yield f"row {i}"
        //
        // print(list(pairs(3)))
        [Fact]
        public void Nested_loops_pause_in_both_levels()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Pairs(Co<string> co, int n)
                {
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < i; j++)
                            co.Yield($"{i}{j}");
                        co.Yield($"row {i}");
                    }
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Pairs", 3);

            Assert.Equal(new[] { "row 0", "10", "row 1", "20", "21", "row 2" }, Trace.Drain(gen));
        }

        // def grid():
        //     for i in range(3):
        //         for j in range(3):
        //             if j > i:
        //                 break
        //             yield f"{i}{j}"
        //         print("row", i, "done")
        //
        // for v in grid():
        //     print("got", v)
        [Fact]
        public void Break_in_an_inner_loop_leaves_only_the_inner_loop()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Grid(Co<string> co)
                {
                    for (int i = 0; i < 3; i++)
                    {
                        for (int j = 0; j < 3; j++)
                        {
                            if (j > i) break;
                            co.Yield($"{i}{j}");
                        }
                        Print($"row {i} done");
                    }
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<string>>("Sample.Grid");
            while (gen.TryNext(out var v)) log.Add($"got {v}");

            Assert.Equal(new[]
            {
                "got 00", "row 0 done", "got 10", "got 11", "row 1 done", "got 20", "got 21", "got 22", "row 2 done",
            }, log);
        }

        // def gen():
        //     for i in range(3):
        //         j = 0
        //         while True:
        //             j += 1
        //             if j > 2:
        //                 break
        //             if i == 1:
        //                 continue
        //             yield f"{i}.{j}"
        //
        // print(list(gen()))
        [Fact]
        public void Break_and_continue_in_a_nested_while_true_loop_target_that_loop()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co)
                {
                    for (int i = 0; i < 3; i++)
                    {
                        int j = 0;
                        while (true)
                        {
                            j++;
                            if (j > 2) break;
                            if (i == 1) continue;
                            co.Yield($"{i}.{j}");
                        }
                    }
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Gen");

            Assert.Equal(new[] { "0.1", "0.2", "2.1", "2.2" }, Trace.Drain(gen));
        }

        // def naturals():
        //     n = 0
        //     while True:
        //         yield n
        //         n += 1
        //
        // g = naturals()
        // print([next(g) for _ in range(5)])
        [Fact]
        public void While_true_loop_yields_for_as_long_as_asked()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Naturals(Co<int> co)
                {
                    int n = 0;
                    while (true)
                    {
                        co.Yield(n);
                        n++;
                    }
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Naturals");
            var printed = new List<int>();
            for (int k = 0; k < 5; k++) printed.Add(gen.Next());

            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, printed);
        }

        // def until_stop():
        //     count = 0
        //     while True:
        //         cmd = yield count
        //         if cmd == "stop":
        //             break
        //         count += 1
        //     print("stopped after", count)
        //
        // g = until_stop()
        // print(next(g)); print(g.send("go")); print(g.send("go"))
        // try:
        //     g.send("stop")
        // except StopIteration:
        //     print("finished")
        [Fact]
        public void While_true_loop_ends_with_a_break_on_a_sent_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void UntilStop(Co<int, string> co)
                {
                    int count = 0;
                    while (true)
                    {
                        string cmd = co.Yield(count);
                        if (cmd == "stop")
                            break;
                        count++;
                    }
                    Print($"stopped after {count}");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, string, Unit>>("Sample.UntilStop");
            log.Add($"{gen.Next()}");
            log.Add($"{gen.Send("go")}");
            log.Add($"{gen.Send("go")}");
            Assert.Throws<StopIterationException>(() => gen.Send("stop"));
            log.Add("finished");

            Assert.Equal(new[] { "0", "1", "2", "stopped after 2", "finished" }, log);
        }

        // def ask():
        //     n = 0
        //     while (yield n) != "stop":
        //         n += 1
        //     print("stopped at", n)
        //
        // g = ask()
        // print(next(g)); print(g.send("more")); print(g.send("more"))
        // try:
        //     g.send("stop")
        // except StopIteration:
        //     print("finished")
        [Fact]
        public void While_condition_with_a_yield_pauses_before_each_test()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Ask(Co<int, string> co)
                {
                    int n = 0;
                    while (co.Yield(n) != "stop")
                        n++;
                    Print($"stopped at {n}");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, string, Unit>>("Sample.Ask");
            log.Add($"{gen.Next()}");
            log.Add($"{gen.Send("more")}");
            log.Add($"{gen.Send("more")}");
            Assert.Throws<StopIterationException>(() => gen.Send("stop"));
            log.Add("finished");

            Assert.Equal(new[] { "0", "1", "2", "stopped at 2", "finished" }, log);
        }
    
        // # for (int i = 0; i < 10; i += co.Yield(i))
        // def gen():
        //     i = 0
        //     while i < 10:
        //         i += yield i
        //
        // g = gen(); print(next(g)); print(g.send(3)); print(g.send(4))
        // try:
        //     g.send(5)
        // except StopIteration:
        //     print("stopped")
        [Fact]
        public void For_incrementor_with_a_yield_pauses_after_each_iteration()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co)
                {
                    for (int i = 0; i < 10; i += co.Yield(i))
                    {
                    }
                }
                """);
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen");
            var printed = new List<string> { $"{gen.Next()}", $"{gen.Send(3)}", $"{gen.Send(4)}" };
            Assert.Throws<StopIterationException>(() => gen.Send(5));
            printed.Add("stopped");

            Assert.Equal(new[] { "0", "3", "7", "stopped" }, printed);
        }

        // # do { count++; } while (co.Yield(count));
        // def gen():
        //     count = 0
        //     while True:
        //         count += 1
        //         if not (yield count):
        //             break
        //     print("done after", count)
        //
        // g = gen(); print(next(g)); print(g.send(True))
        // try:
        //     g.send(False)
        // except StopIteration:
        //     print("stopped")
        [Fact]
        public void Do_condition_with_a_yield_pauses_before_each_test()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, bool> co)
                {
                    int count = 0;
                    do
                    {
                        count++;
                    }
                    while (co.Yield(count));
                    Print($"done after {count}");
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, bool, Unit>>("Sample.Gen");
            log.Add($"{gen.Next()}");
            log.Add($"{gen.Send(true)}");
            Assert.Throws<StopIterationException>(() => gen.Send(false));
            log.Add("stopped");

            Assert.Equal(new[] { "1", "2", "done after 2", "stopped" }, log);
        }

        // def gen():
        //     for x in (yield "give me a list"):
        //         yield f"item {x}"
        //
        // g = gen(); print(next(g)); print(g.send([7, 8])); print(next(g))
        [Fact]
        public void Foreach_over_a_collection_that_was_sent_in()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string, List<int>> co)
                {
                    foreach (var x in co.Yield("give me a list"))
                        co.Yield($"item {x}");
                }
                """);
            var gen = compiled.Make<Generator<string, List<int>, Unit>>("Sample.Gen");

            Assert.Equal(new[] { "give me a list", "item 7", "item 8" }, new[] { gen.Next(), gen.Send(new List<int> { 7, 8 }), gen.Next() });
            Assert.False(gen.MoveNext());
        }
}
}
