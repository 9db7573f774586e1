using System;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// foreach with yields inside, over every kind of collection C# accepts, and what happens to the enumerator when
    /// the loop is left (end, break, Close, Throw, an exception). The reference is what the same C# foreach does
    /// without coroutines: its enumerator is disposed in a finally. The Python programs below (prelude in
    /// <see cref="ExceptionKit"/>) model that finally explicitly, since a Python for loop does not close its iterator.
    /// </summary>
    public class ExceptionForEachTests
    {
        private const string Types = """
            public sealed class Tracked : IEnumerable<int>
            {
                private readonly string name;
                private readonly int[] items;
                public Tracked(string name, params int[] items) { this.name = name; this.items = items; }
                public IEnumerator<int> GetEnumerator()
                {
                    Sample.Log.Add("get enumerator " + name);
                    return new Enumerator(this);
                }
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

                private sealed class Enumerator : IEnumerator<int>
                {
                    private readonly Tracked owner;
                    private int index = -1;
                    public Enumerator(Tracked owner) => this.owner = owner;
                    public int Current => owner.items[index];
                    object IEnumerator.Current => Current;
                    public bool MoveNext() => ++index < owner.items.Length;
                    public void Reset() => throw new NotSupportedException();
                    public void Dispose() => Sample.Log.Add("dispose enumerator " + owner.name);
                }
            }

            public sealed class Res : IDisposable
            {
                private readonly string name;
                public Res(string name) { this.name = name; Sample.Log.Add("open " + name); }
                public void Dispose() => Sample.Log.Add("dispose " + name);
            }
            """;

        private static string Source(string members) => $$"""
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using Coroutines;
            {{Types}}
            public static partial class Sample
            {
                public static List<string> Log = new();

            {{members}}
            }
            """;

        // Python:
        // def body():
        //     for x in [1, 2, 3]:
        //         yield x
        //         log.append("after " + str(x))
        //     log.append("end")
        // g = body()
        // for _ in range(4):
        //     step("next", lambda: next(g))
        [Fact]
        public void Foreach_over_a_List_with_its_struct_enumerator_yields_each_item()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        var list = new List<int> { 1, 2, 3 };
                        foreach (var x in list)
                        {
                            co.Yield(x);
                            Log.Add("after " + x);
                        }
                        Log.Add("end");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 4; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                after 1
                next -> 2
                after 2
                next -> 3
                after 3
                end
                next -> StopIteration None
                """);
        }

        // Python:
        // # A model of List<T>'s enumerator: MoveNext fails once the list changed since GetEnumerator, so this
        // # shows the loop keeps resuming the enumerator it started with.
        // class InvalidOperationException(Exception): pass
        // def body():
        //     items = [1, 2, 3]
        //     version = len(items)
        //     for x in items:
        //         yield x
        //         items.append(4)
        //         if len(items) != version:
        //             raise InvalidOperationException("Collection was modified; enumeration operation may not execute.")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        [Fact]
        public void Foreach_over_a_List_keeps_the_same_enumerator_across_yields()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        var list = new List<int> { 1, 2, 3 };
                        foreach (var x in list)
                        {
                            co.Yield(x);
                            list.Add(4);
                        }
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                next -> InvalidOperationException: Collection was modified; enumeration operation may not execute.
                """);
        }

        // Python (the array is read once: assigning the variable inside the loop does not change what is walked):
        // def body():
        //     arr = [1, 2, 3]
        //     for x in arr:
        //         yield x
        //         arr = [9]
        //     log.append("end " + str(len(arr)))
        // g = body()
        // for _ in range(4):
        //     step("next", lambda: next(g))
        [Fact]
        public void Foreach_over_an_array_walks_the_array_it_started_with()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        int[] arr = { 1, 2, 3 };
                        foreach (var x in arr)
                        {
                            co.Yield(x);
                            arr = new[] { 9 };
                        }
                        Log.Add("end " + arr.Length);
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 4; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                next -> 2
                next -> 3
                end 1
                next -> StopIteration None
                """);
        }

        private const string TrackedLoop = """
                static void Explode(string message) => throw new FormatException(message);

                [Coroutine]
                public static partial void Body(Co<int> co, int stopAt, int explodeAt)
                {
                    foreach (var x in new Tracked("t", 1, 2, 3))
                    {
                        co.Yield(x);
                        if (x == stopAt) break;
                        if (x == explodeAt) Explode("at " + x);
                        Log.Add("after " + x);
                    }
                    Log.Add("end");
                    co.Yield(0);
                }
            """;

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(stop_at, explode_at):
        //     log.append("get enumerator t")
        //     try:
        //         for x in [1, 2, 3]:
        //             yield x
        //             if x == stop_at:
        //                 break
        //             if x == explode_at:
        //                 explode("at " + str(x))
        //             log.append("after " + str(x))
        //     finally:
        //         log.append("dispose enumerator t")
        //     log.append("end")
        //     yield 0
        // g = body(0, 0)
        // for _ in range(5):
        //     step("next", lambda: next(g))
        [Fact]
        public void Foreach_over_an_IEnumerable_disposes_its_enumerator_once_at_the_end()
        {
            var kit = ExceptionKit.Compile(Source(TrackedLoop));
            var gen = kit.Make<Generator<int>>("Sample.Body", 0, 0);
            for (int i = 0; i < 5; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                get enumerator t
                next -> 1
                after 1
                next -> 2
                after 2
                next -> 3
                after 3
                dispose enumerator t
                end
                next -> 0
                next -> StopIteration None
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(stop_at, explode_at):
        //     log.append("get enumerator t")
        //     try:
        //         for x in [1, 2, 3]:
        //             yield x
        //             if x == stop_at:
        //                 break
        //             if x == explode_at:
        //                 explode("at " + str(x))
        //             log.append("after " + str(x))
        //     finally:
        //         log.append("dispose enumerator t")
        //     log.append("end")
        //     yield 0
        // g = body(0, 0)
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // log.append("paused")
        [Fact]
        public void Foreach_does_not_dispose_its_enumerator_while_paused()
        {
            var kit = ExceptionKit.Compile(Source(TrackedLoop));
            var gen = kit.Make<Generator<int>>("Sample.Body", 0, 0);
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Log.Add("paused");
            kit.Expect("""
                get enumerator t
                next -> 1
                after 1
                next -> 2
                paused
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(stop_at, explode_at):
        //     log.append("get enumerator t")
        //     try:
        //         for x in [1, 2, 3]:
        //             yield x
        //             if x == stop_at:
        //                 break
        //             if x == explode_at:
        //                 explode("at " + str(x))
        //             log.append("after " + str(x))
        //     finally:
        //         log.append("dispose enumerator t")
        //     log.append("end")
        //     yield 0
        // g = body(2, 0)
        // for _ in range(4):
        //     step("next", lambda: next(g))
        [Fact]
        public void Break_out_of_foreach_disposes_the_enumerator_once()
        {
            var kit = ExceptionKit.Compile(Source(TrackedLoop));
            var gen = kit.Make<Generator<int>>("Sample.Body", 2, 0);
            for (int i = 0; i < 4; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                get enumerator t
                next -> 1
                after 1
                next -> 2
                dispose enumerator t
                end
                next -> 0
                next -> StopIteration None
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(stop_at, explode_at):
        //     log.append("get enumerator t")
        //     try:
        //         for x in [1, 2, 3]:
        //             yield x
        //             if x == stop_at:
        //                 break
        //             if x == explode_at:
        //                 explode("at " + str(x))
        //             log.append("after " + str(x))
        //     finally:
        //         log.append("dispose enumerator t")
        //     log.append("end")
        //     yield 0
        // g = body(0, 0)
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        // step("close again", lambda: g.close())
        [Fact]
        public void Close_while_paused_inside_foreach_disposes_the_enumerator_once()
        {
            var kit = ExceptionKit.Compile(Source(TrackedLoop));
            var gen = kit.Make<Generator<int>>("Sample.Body", 0, 0);
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            kit.Step("close again", () => gen.Close());
            kit.Expect("""
                get enumerator t
                next -> 1
                after 1
                next -> 2
                dispose enumerator t
                close -> None
                close again -> None
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(stop_at, explode_at):
        //     log.append("get enumerator t")
        //     try:
        //         for x in [1, 2, 3]:
        //             yield x
        //             if x == stop_at:
        //                 break
        //             if x == explode_at:
        //                 explode("at " + str(x))
        //             log.append("after " + str(x))
        //     finally:
        //         log.append("dispose enumerator t")
        //     log.append("end")
        //     yield 0
        // g = body(0, 0)
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(TimeoutException("stop")))
        // step("next", lambda: next(g))
        [Fact]
        public void Throw_while_paused_inside_foreach_disposes_the_enumerator_and_propagates()
        {
            var kit = ExceptionKit.Compile(Source(TrackedLoop));
            var gen = kit.Make<Generator<int>>("Sample.Body", 0, 0);
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new TimeoutException("stop")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                get enumerator t
                next -> 1
                dispose enumerator t
                throw -> TimeoutException: stop
                next -> StopIteration None
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)
        // def body(stop_at, explode_at):
        //     log.append("get enumerator t")
        //     try:
        //         for x in [1, 2, 3]:
        //             yield x
        //             if x == stop_at:
        //                 break
        //             if x == explode_at:
        //                 explode("at " + str(x))
        //             log.append("after " + str(x))
        //     finally:
        //         log.append("dispose enumerator t")
        //     log.append("end")
        //     yield 0
        // g = body(0, 2)
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Exception_in_the_foreach_body_disposes_the_enumerator_and_propagates()
        {
            var kit = ExceptionKit.Compile(Source(TrackedLoop));
            var gen = kit.Make<Generator<int>>("Sample.Body", 0, 2);
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                get enumerator t
                next -> 1
                after 1
                next -> 2
                dispose enumerator t
                next -> FormatException: at 2
                """);
        }

        // Python (a sealed enumerator class without IDisposable: nothing to dispose, as in C#):
        // def body():
        //     log.append("get bag enumerator")
        //     for x in [1, 2]:
        //         yield x
        //         log.append("after " + str(x))
        //     log.append("end")
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        // g = body()
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        [Fact]
        public void Foreach_over_a_custom_enumerator_class_without_IDisposable()
        {
            var kit = ExceptionKit.Compile(Source("""
                    public sealed class Bag
                    {
                        public BagEnumerator GetEnumerator()
                        {
                            Log.Add("get bag enumerator");
                            return new BagEnumerator();
                        }
                    }

                    public sealed class BagEnumerator
                    {
                        private int index;
                        public int Current => index;
                        public bool MoveNext() => ++index <= 2;
                    }

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        foreach (var x in new Bag())
                        {
                            co.Yield(x);
                            Log.Add("after " + x);
                        }
                        Log.Add("end");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            kit.Expect("""
                get bag enumerator
                next -> 1
                after 1
                next -> 2
                after 2
                end
                next -> StopIteration None
                get bag enumerator
                next -> 1
                close -> None
                """);
        }

        // Python:
        // # An unsealed enumerator class without IDisposable: C# still disposes an instance that turns out to be
        // # IDisposable; the plain C# loop, run first, shows it.
        // def loop(pause):
        //     log.append("get bag enumerator")
        //     try:
        //         for x in [1, 2]:
        //             if pause:
        //                 yield x
        //             log.append("item " + str(x))
        //     finally:
        //         log.append("dispose bag enumerator")
        // for _ in loop(False):
        //     pass
        // g = loop(True)
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Foreach_over_an_unsealed_enumerator_disposes_it_when_it_is_IDisposable_at_run_time()
        {
            var kit = ExceptionKit.Compile(Source("""
                    public sealed class Bag
                    {
                        public BagEnumerator GetEnumerator()
                        {
                            Log.Add("get bag enumerator");
                            return new DisposableBagEnumerator();
                        }
                    }

                    public class BagEnumerator
                    {
                        private int index;
                        public int Current => index;
                        public bool MoveNext() => ++index <= 2;
                    }

                    public sealed class DisposableBagEnumerator : BagEnumerator, IDisposable
                    {
                        public void Dispose() => Log.Add("dispose bag enumerator");
                    }

                    public static void Plain()
                    {
                        foreach (var x in new Bag()) Log.Add("item " + x);
                    }

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        foreach (var x in new Bag())
                        {
                            co.Yield(x);
                            Log.Add("item " + x);
                        }
                    }
                """));
            kit.Compiled.Call("Sample.Plain");
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                get bag enumerator
                item 1
                item 2
                dispose bag enumerator
                get bag enumerator
                next -> 1
                item 1
                next -> 2
                item 2
                dispose bag enumerator
                next -> StopIteration None
                """);
        }

        // Python (the struct enumerator lives in the frame: MoveNext advances it in place, Dispose sees its state):
        // def body():
        //     position = 0
        //     try:
        //         for x in [1, 2, 3]:
        //             position = x
        //             yield x
        //             if x == 2:
        //                 break
        //     finally:
        //         log.append("dispose at " + str(position))
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Foreach_over_a_struct_enumerator_advances_and_disposes_the_one_in_the_frame()
        {
            var kit = ExceptionKit.Compile(Source("""
                    public readonly struct Counting
                    {
                        public Enumerator GetEnumerator() => new Enumerator();

                        public struct Enumerator : IDisposable
                        {
                            private int index;
                            public int Current => index;
                            public bool MoveNext() => ++index <= 3;
                            public void Dispose() => Log.Add("dispose at " + index);
                        }
                    }

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        foreach (var x in new Counting())
                        {
                            co.Yield(x);
                            if (x == 2) break;
                        }
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                next -> 2
                dispose at 2
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     pairs = [(1, "one"), (2, "two")]
        //     for (a, b) in pairs:
        //         yield a
        //         log.append(str(a) + " is " + b)
        //     log.append("end")
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Foreach_with_deconstruction_keeps_both_variables_across_a_yield()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        var pairs = new List<(int, string)> { (1, "one"), (2, "two") };
                        foreach (var (a, b) in pairs)
                        {
                            co.Yield(a);
                            Log.Add(a + " is " + b);
                        }
                        Log.Add("end");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                1 is one
                next -> 2
                2 is two
                end
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     pairs = {"x": 10, "y": 20}
        //     for (key, value) in pairs.items():
        //         yield value
        //         log.append(key + "=" + str(value))
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Foreach_with_typed_deconstruction_over_a_dictionary()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        var pairs = new Dictionary<string, int> { ["x"] = 10, ["y"] = 20 };
                        foreach ((string key, int value) in pairs)
                        {
                            co.Yield(value);
                            Log.Add(key + "=" + value);
                        }
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 10
                x=10
                next -> 20
                y=20
                next -> StopIteration None
                """);
        }

        // Python (breaking out of a foreach over another generator disposes it, which closes it: its finally runs):
        // def inner():
        //     try:
        //         yield 1
        //         yield 2
        //         yield 3
        //     finally:
        //         log.append("inner finally")
        // def body():
        //     it = inner()
        //     try:
        //         for x in it:
        //             yield x * 10
        //             if x == 2:
        //                 break
        //     finally:
        //         it.close()
        //     log.append("after loop")
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Break_out_of_foreach_over_a_generator_closes_that_generator()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Inner(Co<int> co)
                    {
                        try
                        {
                            co.Yield(1);
                            co.Yield(2);
                            co.Yield(3);
                        }
                        finally
                        {
                            Log.Add("inner finally");
                        }
                    }

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        foreach (var x in Inner())
                        {
                            co.Yield(x * 10);
                            if (x == 2) break;
                        }
                        Log.Add("after loop");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 10
                next -> 20
                inner finally
                after loop
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     log.append("get enumerator outer")
        //     try:
        //         for x in [1, 2]:
        //             log.append("get enumerator inner")
        //             try:
        //                 for y in [10, 20]:
        //                     yield x + y
        //                     if y == 10:
        //                         break
        //             finally:
        //                 log.append("dispose enumerator inner")
        //     finally:
        //         log.append("dispose enumerator outer")
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Break_out_of_an_inner_foreach_disposes_only_the_inner_enumerator()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        foreach (var x in new Tracked("outer", 1, 2))
                        {
                            foreach (var y in new Tracked("inner", 10, 20))
                            {
                                co.Yield(x + y);
                                if (y == 10) break;
                            }
                        }
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                get enumerator outer
                get enumerator inner
                next -> 11
                dispose enumerator inner
                get enumerator inner
                next -> 12
                dispose enumerator inner
                dispose enumerator outer
                next -> StopIteration None
                """);
        }

        // Python (the combination: break out of a using inside a foreach while a finally around it yields):
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     log.append("get enumerator t")
        //     try:
        //         for x in [1, 2, 3]:
        //             try:
        //                 with Res("r" + str(x)):
        //                     yield x
        //                     if x == 2:
        //                         break
        //             finally:
        //                 log.append("finally " + str(x))
        //                 yield -x
        //     finally:
        //         log.append("dispose enumerator t")
        //     log.append("after loop")
        // g = body()
        // for _ in range(5):
        //     step("next", lambda: next(g))
        [Fact]
        public void Break_out_of_a_using_inside_a_foreach_while_a_finally_yields()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        foreach (var x in new Tracked("t", 1, 2, 3))
                        {
                            try
                            {
                                using (var r = new Res("r" + x))
                                {
                                    co.Yield(x);
                                    if (x == 2) break;
                                }
                            }
                            finally
                            {
                                Log.Add("finally " + x);
                                co.Yield(-x);
                            }
                        }
                        Log.Add("after loop");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 5; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                get enumerator t
                open r1
                next -> 1
                dispose r1
                finally 1
                next -> -1
                open r2
                next -> 2
                dispose r2
                finally 2
                next -> -2
                dispose enumerator t
                after loop
                next -> StopIteration None
                """);
        }

        // Python (the same loop, closed while its finally is paused: GeneratorExit is ignored, nothing is disposed yet):
        // class Res:
        //     def __init__(self, name):
        //         self.name = name
        //         log.append("open " + name)
        //     def __enter__(self):
        //         return self
        //     def __exit__(self, *exc):
        //         log.append("dispose " + self.name)
        // def body():
        //     log.append("get enumerator t")
        //     try:
        //         for x in [1, 2, 3]:
        //             try:
        //                 with Res("r" + str(x)):
        //                     yield x
        //                     if x == 2:
        //                         break
        //             finally:
        //                 log.append("finally " + str(x))
        //                 yield -x
        //     finally:
        //         log.append("dispose enumerator t")
        //     log.append("after loop")
        // g = body()
        // step("next", lambda: next(g))
        // step("close", lambda: g.close())
        // step("next", lambda: next(g))
        [Fact]
        public void Close_inside_a_using_inside_a_foreach_while_a_finally_yields()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        foreach (var x in new Tracked("t", 1, 2, 3))
                        {
                            try
                            {
                                using (var r = new Res("r" + x))
                                {
                                    co.Yield(x);
                                    if (x == 2) break;
                                }
                            }
                            finally
                            {
                                Log.Add("finally " + x);
                                co.Yield(-x);
                            }
                        }
                        Log.Add("after loop");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("close", () => gen.Close());
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                get enumerator t
                open r1
                next -> 1
                dispose r1
                finally 1
                close -> InvalidOperationException: generator ignored GeneratorExit
                dispose enumerator t
                next -> GeneratorExitException: The coroutine is being closed.
                """);
        }

        // Python:
        // def body():
        //     log.append("get enumerator t")
        //     try:
        //         for x in [1, 2, 3]:
        //             try:
        //                 yield x
        //             except FormatException as e:
        //                 yield -x
        //                 log.append("handler " + str(e))
        //                 break
        //     finally:
        //         log.append("dispose enumerator t")
        //     log.append("after loop")
        // g = body()
        // step("next", lambda: next(g))
        // step("next", lambda: next(g))
        // step("throw", lambda: g.throw(FormatException("stop")))
        // step("next", lambda: next(g))
        [Fact]
        public void Break_from_a_pausing_handler_inside_foreach_disposes_the_enumerator()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        foreach (var x in new Tracked("t", 1, 2, 3))
                        {
                            try
                            {
                                co.Yield(x);
                            }
                            catch (FormatException e)
                            {
                                co.Yield(-x);
                                Log.Add("handler " + e.Message);
                                break;
                            }
                        }
                        Log.Add("after loop");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            kit.Step("next", () => gen.Next());
            kit.Step("next", () => gen.Next());
            kit.Step("throw", () => gen.Throw(new FormatException("stop")));
            kit.Step("next", () => gen.Next());
            kit.Expect("""
                get enumerator t
                next -> 1
                next -> 2
                throw -> -2
                handler stop
                dispose enumerator t
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
        //     log.append("get enumerator t")
        //     try:
        //         for x in [1, 2, 3]:
        //             with Res("r" + str(x)):
        //                 yield x
        //                 if x == 2:
        //                     return x * 100
        //     finally:
        //         log.append("dispose enumerator t")
        //     return 0
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Return_from_a_using_inside_foreach_disposes_the_resource_then_the_enumerator()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial int Body(Co<int> co)
                    {
                        foreach (var x in new Tracked("t", 1, 2, 3))
                        {
                            using (new Res("r" + x))
                            {
                                co.Yield(x);
                                if (x == 2) return x * 100;
                            }
                        }
                        return 0;
                    }
                """));
            var gen = kit.Make<Generator<int, Unit, int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            Assert.Equal(200, gen.Result);
            kit.Expect("""
                get enumerator t
                open r1
                next -> 1
                dispose r1
                open r2
                next -> 2
                dispose r2
                dispose enumerator t
                next -> StopIteration 200
                """);
        }

        // Python:
        // # A model of C#'s foreach over a non-generic IEnumerable: each item is cast to the declared type, and the
        // # enumerator (typed IEnumerator, not sealed) is disposed when it turns out to be IDisposable.
        // def body():
        //     log.append("get enumerator")
        //     try:
        //         for x in [1, 2]:
        //             yield int(x)
        //             log.append("after " + str(x))
        //     finally:
        //         log.append("dispose enumerator")
        //     log.append("end")
        // g = body()
        // for _ in range(3):
        //     step("next", lambda: next(g))
        [Fact]
        public void Foreach_over_a_non_generic_IEnumerable_casts_items_and_disposes_the_enumerator()
        {
            var kit = ExceptionKit.Compile(Source("""
                    public sealed class Boxes : IEnumerable
                    {
                        public IEnumerator GetEnumerator()
                        {
                            Log.Add("get enumerator");
                            return new Enumerator();
                        }

                        private sealed class Enumerator : IEnumerator, IDisposable
                        {
                            private int index;
                            public object Current => index;
                            public bool MoveNext() => ++index <= 2;
                            public void Reset() => throw new NotSupportedException();
                            public void Dispose() => Log.Add("dispose enumerator");
                        }
                    }

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        foreach (int x in new Boxes())
                        {
                            co.Yield(x);
                            Log.Add("after " + x);
                        }
                        Log.Add("end");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 3; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                get enumerator
                next -> 1
                after 1
                next -> 2
                after 2
                dispose enumerator
                end
                next -> StopIteration None
                """);
        }

        // Python:
        // def body():
        //     grid = [[1, 2], [3, 4]]
        //     for row in grid:
        //         for x in row:
        //             yield x
        //     log.append("end")
        // g = body()
        // for _ in range(5):
        //     step("next", lambda: next(g))
        [Fact]
        public void Foreach_over_a_two_dimensional_array_walks_it_in_row_order()
        {
            var kit = ExceptionKit.Compile(Source("""
                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                        var grid = new int[,] { { 1, 2 }, { 3, 4 } };
                        foreach (var x in grid)
                        {
                            co.Yield(x);
                        }
                        Log.Add("end");
                    }
                """));
            var gen = kit.Make<Generator<int>>("Sample.Body");
            for (int i = 0; i < 5; i++) kit.Step("next", () => gen.Next());
            kit.Expect("""
                next -> 1
                next -> 2
                next -> 3
                next -> 4
                end
                next -> StopIteration None
                """);
        }
    }
}
