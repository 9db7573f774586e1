using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>The two delegation programs of the seed, chain and wrapper/producer, compiled and run.</summary>
    public class YieldFromSeedTests
    {
        // Python (the seed's chain.py):
        //   def chain(*iterables):
        //       for it in iterables:
        //           yield from it
        //   print("[" + ", ".join(str(x) for x in chain([1, 2], (3, 4), "ab")) + "]")
        [Fact]
        public void Chain_yields_the_items_of_each_iterable_in_turn()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Chain(Co<object> co, params IEnumerable<object>[] iterables)
                {
                    foreach (var it in iterables)
                    {
                        co.YieldFrom(it);
                    }
                }
                """);
            var iterables = new IEnumerable<object>[] { new List<object> { 1, 2 }, new object[] { 3, 4 }, "ab".Cast<object>() };
            var chain = sample.Make<Generator<object>>("Chain", (object)iterables);
            string printed = "[" + string.Join(", ", chain.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture))) + "]";
            Assert.Equal("[1, 2, 3, 4, a, b]", printed);
        }

        // Python:
        //   def chain(*iterables):
        //       for it in iterables:
        //           yield from it
        //   print(list(chain()), list(chain([], [1], [])))
        [Fact]
        public void Chain_of_no_iterables_or_of_empty_ones_yields_only_what_there_is()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Chain(Co<int> co, params IEnumerable<int>[] iterables)
                {
                    foreach (var it in iterables)
                    {
                        co.YieldFrom(it);
                    }
                }
                """);
            Assert.Empty(sample.Make<Generator<int>>("Chain", (object)Array.Empty<IEnumerable<int>>()));
            Assert.Equal(new[] { 1 }, sample.Make<Generator<int>>("Chain", (object)new IEnumerable<int>[] { new int[0], new[] { 1 }, new List<int>() }));
        }

        // Python (the seed's yield-from.py, print as trace.append):
        //   trace = []
        //   def producer():
        //       yield 1
        //       yield 2
        //       return "done"
        //   def wrapper():
        //       result = yield from producer()
        //       trace.append("subgenerator returned: %s" % result)
        //       yield result
        //   w = wrapper()
        //   trace.append(str(next(w)))
        //   trace.append(str(next(w)))
        //   trace.append(str(next(w)))
        //   print(trace)
        [Fact]
        public void Wrapper_passes_the_producers_values_on_and_then_yields_its_return_value()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial string Producer(Co<object> co)
                {
                    co.Yield(1);
                    co.Yield(2);
                    return "done";
                }

                [Coroutine]
                public static partial void Wrapper(Co<object> co)
                {
                    string result = co.YieldFrom(Producer());
                    Log.Add($"subgenerator returned: {result}");
                    co.Yield(result);
                }
                """);
            var w = sample.Make<Generator<object>>("Wrapper");
            for (int i = 0; i < 3; i++) sample.Log.Add(Convert.ToString(w.Next(), CultureInfo.InvariantCulture)!);
            Assert.Equal(new[] { "1", "2", "subgenerator returned: done", "done" }, sample.Log);
            Assert.Throws<StopIterationException>(() => w.Next());
        }
    }
}
