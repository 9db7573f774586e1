using System.Collections.Generic;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>A coroutine's return value: in StopIterationException.Value and in Result, from anywhere in the body.</summary>
    public class ReturnTests
    {
        // def producer():
        //     yield "1"
        //     yield "2"
        //     return "done"
        //
        // g = producer()
        // for _ in range(2):
        //     print(next(g))
        // try:
        //     next(g)
        // except StopIteration as e:
        //     print("returned", e.value)
        [Fact]
        public void Return_value_travels_in_StopIteration_and_Result()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial string Producer(Co<string> co)
                {
                    co.Yield("1");
                    co.Yield("2");
                    return "done";
                }
                """);
            var gen = compiled.Make<Generator<string, Unit, string>>("Sample.Producer");
            var printed = new List<string> { gen.Next(), gen.Next() };
            Assert.Null(gen.Result);
            var stop = Assert.Throws<StopIterationException>(() => gen.Next());
            printed.Add($"returned {stop.Value}");

            Assert.Equal(new[] { "1", "2", "returned done" }, printed);
            Assert.Equal("done", gen.Result);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // def total(xs):
        //     s = 0
        //     for x in xs:
        //         yield x
        //         s += x
        //     return s
        //
        // g = total([1, 2, 3])
        // print(list(g))                        [1, 2, 3]; the return value 6 ends the loop
        [Fact]
        public void Return_value_is_in_Result_after_a_loop_that_used_TryNext()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial int Total(Co<int> co, int[] xs)
                {
                    int s = 0;
                    foreach (var x in xs)
                    {
                        co.Yield(x);
                        s += x;
                    }
                    return s;
                }
                """);
            var gen = compiled.Make<Generator<int, Unit, int>>("Sample.Total", new[] { 1, 2, 3 });
            var printed = new List<int>();
            while (gen.TryNext(out var v))
            {
                printed.Add(v);
                Assert.Equal(0, gen.Result);
            }

            Assert.Equal(new[] { 1, 2, 3 }, printed);
            Assert.Equal(6, gen.Result);
        }

        // def find(grid, target):
        //     for r, row in enumerate(grid):
        //         for c, value in enumerate(row):
        //             yield f"visit {r},{c}"
        //             if value == target:
        //                 return f"found at {r},{c}"
        //     return "not found"
        //
        // for target in (5, 9):
        //     g = find([[1, 2, 3], [4, 5, 6]], target)
        //     while True:
        //         try:
        //             print(next(g))
        //         except StopIteration as e:
        //             print(e.value)
        //             break
        [Fact]
        public void Return_from_inside_nested_loops_ends_the_coroutine_with_its_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial string Find(Co<string> co, int[][] grid, int target)
                {
                    for (int r = 0; r < grid.Length; r++)
                    {
                        for (int c = 0; c < grid[r].Length; c++)
                        {
                            co.Yield($"visit {r},{c}");
                            if (grid[r][c] == target)
                                return $"found at {r},{c}";
                        }
                    }
                    return "not found";
                }
                """);
            var printed = new List<string>();
            foreach (var target in new[] { 5, 9 })
            {
                var gen = compiled.Make<Generator<string, Unit, string>>("Sample.Find", new[] { new[] { 1, 2, 3 }, new[] { 4, 5, 6 } }, target);
                while (true)
                {
                    try
                    {
                        printed.Add(gen.Next());
                    }
                    catch (StopIterationException e)
                    {
                        printed.Add((string)e.Value!);
                        break;
                    }
                }
            }

            Assert.Equal(new[]
            {
                "visit 0,0", "visit 0,1", "visit 0,2", "visit 1,0", "visit 1,1", "found at 1,1",
                "visit 0,0", "visit 0,1", "visit 0,2", "visit 1,0", "visit 1,1", "visit 1,2", "not found",
            }, printed);
        }

        // def gen(n):
        //     yield 1
        //     if n == 0:
        //         print("early return")
        //         return
        //     yield 2
        //     print("end")
        //
        // for n in (0, 1):
        //     print(list(gen(n)))
        [Fact]
        public void Early_return_without_a_value_ends_a_void_coroutine()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co, int n)
                {
                    co.Yield(1);
                    if (n == 0)
                    {
                        Print("early return");
                        return;
                    }
                    co.Yield(2);
                    Print("end");
                }
                """);
            var log = compiled.Log();
            foreach (var n in new[] { 0, 1 })
                log.Add("[" + string.Join(", ", Trace.Drain(compiled.Make<Generator<int>>("Sample.Gen", n))) + "]");

            Assert.Equal(new[] { "early return", "[1]", "end", "[1, 2]" }, log);
        }

        // def gen():
        //     yield 1
        //
        // g = gen(); next(g)
        // try: next(g)
        // except StopIteration as e: print(e.value)      None (C#: Unit, as a void coroutine returns nothing)
        [Fact]
        public void Void_coroutine_stops_with_Unit()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    co.Yield(1);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");
            gen.Next();
            var stop = Assert.Throws<StopIterationException>(() => gen.Next());

            Assert.IsType<Unit>(stop.Value);
        }

        // def gen(xs):
        //     i = 0
        //     while True:
        //         match xs[i]:
        //             case "ret":
        //                 return f"returned at {i}"
        //             case v:
        //                 yield v
        //         i += 1
        //
        // g = gen(["a", "b", "ret", "c"])
        // print(next(g), next(g))
        // try:
        //     next(g)
        // except StopIteration as e:
        //     print(e.value)
        [Fact]
        public void Return_from_a_switch_inside_while_true()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial string Gen(Co<string> co, string[] xs)
                {
                    int i = 0;
                    while (true)
                    {
                        switch (xs[i])
                        {
                            case "ret":
                                return $"returned at {i}";
                            default:
                                co.Yield(xs[i]);
                                break;
                        }
                        i++;
                    }
                }
                """);
            var gen = compiled.Make<Generator<string, Unit, string>>("Sample.Gen", (object)new[] { "a", "b", "ret", "c" });
            var printed = new List<string> { gen.Next(), gen.Next() };
            var stop = Assert.Throws<StopIterationException>(() => gen.Next());
            printed.Add((string)stop.Value!);

            Assert.Equal(new[] { "a", "b", "returned at 2" }, printed);
        }

        // def gen():
        //     yield 1
        //     return None
        //
        // g = gen(); next(g)
        // try: next(g)
        // except StopIteration as e: print(e.value)      None
        [Fact]
        public void Return_of_null_is_a_null_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial string? Gen(Co<int> co)
                {
                    co.Yield(1);
                    return null;
                }
                """);
            var gen = compiled.Make<Generator<int, Unit, string?>>("Sample.Gen");
            gen.Next();
            var stop = Assert.Throws<StopIterationException>(() => gen.Next());

            Assert.Null(stop.Value);
            Assert.Null(gen.Result);
        }
    }
}
