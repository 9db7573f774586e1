using System;
using System.Collections.Generic;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// Where <c>co.YieldFrom</c> may stand (compound assignment, a parameter, an expression body, inside using/switch/
    /// catch/finally), what it accepts (generic coroutines, an inner whose yield type converts by variance, null), and
    /// what introspection shows while it delegates. Each test's comment holds the Python program whose output it expects.
    /// </summary>
    public class YieldFromShapesTests
    {
        // Python:
        //   def count(n):
        //       for i in range(n):
        //           yield i
        //       return n
        //   def total_of(*ns):
        //       total = 0
        //       for n in ns:
        //           total += yield from count(n)
        //       return total
        //   def reassign(n):
        //       n = yield from count(n)
        //       yield n * 10
        //   def forward():
        //       yield from count(2)
        //   g = total_of(2, 3)
        //   values = []
        //   try:
        //       while True:
        //           values.append(next(g))
        //   except StopIteration as e:
        //       print(values, e.value)
        //   print(list(reassign(2)), list(forward()))
        [Fact]
        public void YieldFrom_as_a_compound_assignment_a_parameter_assignment_and_an_expression_body()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial int Count(Co<int> co, int n)
                {
                    for (int i = 0; i < n; i++) co.Yield(i);
                    return n;
                }

                [Coroutine]
                public static partial int TotalOf(Co<int> co, params int[] ns)
                {
                    int total = 0;
                    foreach (var n in ns)
                    {
                        total += co.YieldFrom(Count(n));
                    }
                    return total;
                }

                [Coroutine]
                public static partial void Reassign(Co<int> co, int n)
                {
                    n = co.YieldFrom(Count(n));
                    co.Yield(n * 10);
                }

                [Coroutine]
                public static partial void Forward(Co<int> co) => co.YieldFrom(Count(2));
                """);
            var g = sample.Make<Generator<int, Unit, int>>("TotalOf", (object)new[] { 2, 3 });
            var values = new List<int>();
            while (g.TryNext(out int value)) values.Add(value);
            Assert.Equal(new[] { 0, 1, 0, 1, 2 }, values);
            Assert.Equal(5, g.Result);
            Assert.Equal(new[] { 0, 1, 20 }, sample.Make<Generator<int>>("Reassign", 2));
            Assert.Equal(new[] { 0, 1 }, sample.Make<Generator<int>>("Forward"));
        }

        // Python:
        //   def pair(a, b):
        //       yield a
        //       yield b
        //       return b
        //   def relay(sub):
        //       r = yield from sub
        //       return r
        //   def spread(items):
        //       yield from items
        //   for a, b in (1, 2), ("x", "y"):
        //       g = relay(pair(a, b))
        //       values = [next(g), next(g)]
        //       try:
        //           next(g)
        //       except StopIteration as e:
        //           print(values, e.value)
        //   print(list(spread([1.5, 2.5])))
        [Fact]
        public void Generic_coroutines_delegate_for_any_type_argument()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial T Pair<T>(Co<T> co, T a, T b)
                {
                    co.Yield(a);
                    co.Yield(b);
                    return b;
                }

                [Coroutine]
                public static partial T Relay<T>(Co<T> co, Generator<T, Unit, T> sub)
                {
                    T r = co.YieldFrom(sub);
                    return r;
                }

                [Coroutine]
                public static partial void Spread<T>(Co<T> co, IEnumerable<T> items) => co.YieldFrom(items);

                public static Generator<int, Unit, int> RelayInts(int a, int b) => Relay(Pair(a, b));

                public static Generator<string, Unit, string> RelayStrings(string a, string b) => Relay(Pair(a, b));

                public static Generator<double> SpreadDoubles(List<double> items) => Spread(items);
                """);
            var ints = sample.Make<Generator<int, Unit, int>>("RelayInts", 1, 2);
            Assert.Equal(new[] { 1, 2 }, new[] { ints.Next(), ints.Next() });
            Assert.Equal(2, Assert.Throws<StopIterationException>(() => ints.Next()).Value);
            var strings = sample.Make<Generator<string, Unit, string>>("RelayStrings", "x", "y");
            Assert.Equal(new[] { "x", "y" }, new[] { strings.Next(), strings.Next() });
            Assert.Equal("y", Assert.Throws<StopIterationException>(() => strings.Next()).Value);
            Assert.Equal(new[] { 1.5, 2.5 }, sample.Make<Generator<double>>("SpreadDoubles", new List<double> { 1.5, 2.5 }));
        }

        // Python:
        //   trace = []
        //   def words():
        //       try:
        //           yield "one"
        //           yield "two"
        //       finally:
        //           trace.append("words finally")
        //       return "words result"
        //   def anything():
        //       r = yield from words()
        //       trace.append("got %s" % r)
        //       yield 3
        //   trace.append(list(anything()))
        //   g = anything()
        //   next(g)
        //   g.close()
        //   print(trace)
        [Fact]
        public void An_inner_whose_yield_type_converts_to_the_outers_by_covariance_is_delegated_to()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial string Words(Co<string> co)
                {
                    try
                    {
                        co.Yield("one");
                        co.Yield("two");
                    }
                    finally
                    {
                        Log.Add("words finally");
                    }
                    return "words result";
                }

                [Coroutine]
                public static partial void Anything(Co<object> co)
                {
                    string r = co.YieldFrom(Words());
                    Log.Add($"got {r}");
                    co.Yield(3);
                }
                """);
            sample.Log.Add(string.Join(", ", sample.Make<Generator<object>>("Anything")));
            var g = sample.Make<Generator<object>>("Anything");
            g.Next();
            g.Close();
            Assert.Equal(new[] { "words finally", "got words result", "one, two, 3", "words finally" }, sample.Log);
        }

        // Python:
        //   trace = []
        //   def outer(sub):
        //       try:
        //           yield from sub
        //       except TypeError:
        //           trace.append("outer caught the missing delegate")
        //       yield "after"
        //   print(list(outer(None)), trace)
        [Fact]
        public void YieldFrom_null_raises_ArgumentNullException_at_the_YieldFrom_where_the_outer_can_catch_it()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void OfGenerator(Co<string> co, Generator<string>? sub)
                {
                    try
                    {
                        co.YieldFrom(sub!);
                    }
                    catch (ArgumentNullException)
                    {
                        Log.Add("outer caught the missing delegate");
                    }
                    co.Yield("after");
                }

                [Coroutine]
                public static partial void OfSequence(Co<string> co, IEnumerable<string>? items)
                {
                    try
                    {
                        co.YieldFrom(items!);
                    }
                    catch (ArgumentNullException)
                    {
                        Log.Add("outer caught the missing delegate");
                    }
                    co.Yield("after");
                }
                """);
            Assert.Equal(new[] { "after" }, sample.Make<Generator<string>>("OfGenerator", new object?[] { null }));
            Assert.Equal(new[] { "after" }, sample.Make<Generator<string>>("OfSequence", new object?[] { null }));
            Assert.Equal(new[] { "outer caught the missing delegate", "outer caught the missing delegate" }, sample.Log);
        }

        // Python:
        //   trace = []
        //   class Resource:
        //       def __init__(self, name):
        //           self.name = name
        //       def __enter__(self):
        //           trace.append("open " + self.name)
        //       def __exit__(self, *exc):
        //           trace.append("dispose " + self.name)
        //   def inner(tag):
        //       try:
        //           yield tag
        //       finally:
        //           trace.append("inner %s finally" % tag)
        //   def outer(kind):
        //       with Resource("r"):
        //           if kind == 1:
        //               yield from inner("one")
        //           else:
        //               try:
        //                   try:
        //                       raise ValueError("boom")
        //                   except ValueError:
        //                       yield from inner("caught")
        //                   trace.append("after catch")
        //               finally:
        //                   yield from inner("finally")
        //               trace.append("after try")
        //           trace.append("after switch")
        //   for kind in 1, 2:
        //       for v in outer(kind):
        //           trace.append("got " + v)
        //   g = outer(1)
        //   next(g)
        //   g.close()
        //   print(trace)
        [Fact]
        public void YieldFrom_inside_using_switch_catch_and_finally()
        {
            var sample = YieldFromSample.Compile("""
                public sealed class Resource : IDisposable
                {
                    private readonly string name;

                    public Resource(string name)
                    {
                        this.name = name;
                        Log.Add("open " + name);
                    }

                    public void Dispose() => Log.Add("dispose " + name);
                }

                [Coroutine]
                public static partial void Inner(Co<string> co, string tag)
                {
                    try
                    {
                        co.Yield(tag);
                    }
                    finally
                    {
                        Log.Add($"inner {tag} finally");
                    }
                }

                [Coroutine]
                public static partial void Outer(Co<string> co, int kind)
                {
                    using (new Resource("r"))
                    {
                        switch (kind)
                        {
                            case 1:
                                co.YieldFrom(Inner("one"));
                                break;
                            default:
                                try
                                {
                                    try
                                    {
                                        Fail(new ArgumentException("boom"));
                                    }
                                    catch (ArgumentException)
                                    {
                                        co.YieldFrom(Inner("caught"));
                                    }
                                    Log.Add("after catch");
                                }
                                finally
                                {
                                    co.YieldFrom(Inner("finally"));
                                }
                                Log.Add("after try");
                                break;
                        }
                        Log.Add("after switch");
                    }
                }
                """);
            foreach (int kind in new[] { 1, 2 })
            {
                foreach (var v in sample.Make<Generator<string>>("Outer", kind)) sample.Log.Add("got " + v);
            }
            var g = sample.Make<Generator<string>>("Outer", 1);
            g.Next();
            g.Close();
            Assert.Equal(new[]
            {
                "open r", "got one", "inner one finally", "after switch", "dispose r",
                "open r", "got caught", "inner caught finally", "after catch", "got finally", "inner finally finally", "after try", "after switch", "dispose r",
                "open r", "inner one finally", "dispose r",
            }, sample.Log);
        }

        // Python:
        //   trace = []
        //   class Resource:
        //       def __enter__(self):
        //           trace.append("open")
        //       def __exit__(self, *exc):
        //           trace.append("dispose")
        //   def inner():
        //       yield "inner"
        //   def outer(delegate):
        //       with Resource():
        //           if delegate:
        //               yield from inner()
        //   for delegate in True, False:
        //       for v in outer(delegate):
        //           trace.append("got " + v)
        //   print(trace)
        [Fact]
        public void YieldFrom_in_an_if_that_ends_a_using_body()
        {
            var sample = YieldFromSample.Compile("""
                public sealed class Resource : IDisposable
                {
                    public Resource() => Log.Add("open");

                    public void Dispose() => Log.Add("dispose");
                }

                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    co.Yield("inner");
                }

                [Coroutine]
                public static partial void Outer(Co<string> co, bool delegate_)
                {
                    using (new Resource())
                    {
                        if (delegate_) co.YieldFrom(Inner());
                    }
                }
                """);
            foreach (bool delegate_ in new[] { true, false })
            {
                foreach (var v in sample.Make<Generator<string>>("Outer", delegate_)) sample.Log.Add("got " + v);
            }
            Assert.Equal(new[] { "open", "got inner", "dispose", "open", "dispose" }, sample.Log);
        }

        // Python:
        //   trace = []
        //   def inner():
        //       try:
        //           yield "inner"
        //       finally:
        //           trace.append("inner finally")
        //   def outer():
        //       try:
        //           raise ValueError("boom")
        //       except ValueError:
        //           yield from inner()
        //       finally:
        //           trace.append("outer finally")
        //   for v in outer():
        //       trace.append("got " + v)
        //   g = outer()
        //   next(g)
        //   g.close()
        //   print(trace)
        [Fact]
        public void YieldFrom_in_the_catch_of_a_try_that_also_has_a_finally()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    try
                    {
                        co.Yield("inner");
                    }
                    finally
                    {
                        Log.Add("inner finally");
                    }
                }

                [Coroutine]
                public static partial void Outer(Co<string> co)
                {
                    try
                    {
                        Fail(new ArgumentException("boom"));
                    }
                    catch (ArgumentException)
                    {
                        co.YieldFrom(Inner());
                    }
                    finally
                    {
                        Log.Add("outer finally");
                    }
                }
                """);
            foreach (var v in sample.Make<Generator<string>>("Outer")) sample.Log.Add("got " + v);
            var g = sample.Make<Generator<string>>("Outer");
            g.Next();
            g.Close();
            Assert.Equal(new[] { "got inner", "inner finally", "outer finally", "inner finally", "outer finally" }, sample.Log);
        }

        // Python:
        //   def inner():
        //       yield 1
        //   def outer(n):
        //       doubled = n * 2
        //       yield from inner()
        //   g = outer(4)
        //   next(g)
        //   print(g.gi_frame.f_lineno - outer.__code__.co_firstlineno, g.gi_frame.f_locals)
        //   print(g.gi_yieldfrom.gi_frame.f_lineno - inner.__code__.co_firstlineno)
        [Fact]
        public void While_delegating_Location_is_the_YieldFrom_line_and_Locals_are_the_outers()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Inner(Co<int> co)
                {
                    co.Yield(1); // inner pauses here
                }

                [Coroutine]
                public static partial void Outer(Co<int> co, int n)
                {
                    int doubled = n * 2;
                    co.YieldFrom(Inner()); // outer delegates here
                }
                """);
            var g = sample.Make<Generator<int>>("Outer", 4);
            g.Next();
            Assert.Equal(sample.LineOf("// outer delegates here"), g.Location!.Value.Line);
            Assert.Equal(new Dictionary<string, object?> { ["n"] = 4, ["doubled"] = 8 }, g.Locals);
            var inner = Assert.IsAssignableFrom<Coroutines.Frames.CoroutineFrame<int, Unit>>(g.Delegate);
            Assert.Equal(sample.LineOf("// inner pauses here"), inner.Location!.Value.Line);
        }
    }
}
