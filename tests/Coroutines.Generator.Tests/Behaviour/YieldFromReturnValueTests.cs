using System;
using System.Collections.Generic;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// A generator's return value: carried by <see cref="StopIterationException.Value"/> and <c>Result</c>, and handed to
    /// the frame that delegates to it, where <c>co.YieldFrom(inner)</c> evaluates to it (CPython's <c>yield from</c>
    /// expression). Each test's comment holds the Python program whose output it expects.
    /// </summary>
    public class YieldFromReturnValueTests
    {
        // Python:
        //   trace = []
        //   def inner(v):
        //       trace.append("inner begins")
        //       yield "inner a"
        //       yield "inner b"
        //       trace.append("inner ends")
        //       if v is not None:
        //           return v
        //   def outer():
        //       yield "outer first"
        //       r = yield from inner(None)
        //       trace.append("inner returned %r" % (r,))
        //       for v in 5, "five", StopIteration(5):
        //           r = yield from inner(v)
        //           trace.append("inner returned %r" % (r,))
        //       yield "outer last"
        //   for x in outer():
        //       trace.append("got %s" % x)
        //   print(trace)
        [Fact]
        public void YieldFrom_evaluates_to_the_inners_return_value_even_when_it_is_an_exception_object()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial object? Inner(Co<string> co, object? v)
                {
                    Log.Add("inner begins");
                    co.Yield("inner a");
                    co.Yield("inner b");
                    Log.Add("inner ends");
                    if (v != null) return v;
                    return null;
                }

                [Coroutine]
                public static partial void Outer(Co<string> co)
                {
                    co.Yield("outer first");
                    object? r = co.YieldFrom(Inner(null));
                    Log.Add($"inner returned {Repr(r)}");
                    foreach (var v in new object[] { 5, "five", new StopIterationException(5) })
                    {
                        r = co.YieldFrom(Inner(v));
                        Log.Add($"inner returned {Repr(r)}");
                    }
                    co.Yield("outer last");
                }
                """);
            foreach (var x in sample.Make<Generator<string>>("Outer")) sample.Log.Add($"got {x}");
            var once = new[] { "inner begins", "got inner a", "got inner b", "inner ends" };
            var expected = new List<string> { "got outer first" };
            foreach (var r in new[] { "None", "5", "'five'", "StopIteration(5)" })
            {
                expected.AddRange(once);
                expected.Add($"inner returned {r}");
            }
            expected.Add("got outer last");
            Assert.Equal(expected, sample.Log);
        }

        // Python:
        //   trace = []
        //   def inner():
        //       yield "inner"
        //       return [42]
        //   def outer():
        //       yield from inner()
        //   print(list(outer()))
        [Fact]
        public void A_return_value_the_outer_does_not_use_is_dropped()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial List<int> Inner(Co<string> co)
                {
                    co.Yield("inner");
                    return new List<int> { 42 };
                }

                [Coroutine]
                public static partial void Outer(Co<string> co)
                {
                    co.YieldFrom(Inner());
                }
                """);
            var g = sample.Make<Generator<string>>("Outer");
            Assert.Equal(new[] { "inner" }, g);
            Assert.Equal(CoroutineState.Closed, g.State);
        }

        // Python:
        //   print(StopIteration().value, StopIteration("spam").value)
        [Fact]
        public void StopIteration_carries_no_value_as_Unit_and_a_given_value_as_it_is()
        {
            Assert.Equal(Unit.Value, new StopIterationException().Value);
            Assert.Equal("spam", new StopIterationException("spam").Value);
            Assert.Null(new StopIterationException(null).Value);
        }

        // Python:
        //   trace = []
        //   def g(r):
        //       trace.append("g begins")
        //       yield
        //       trace.append("g returns %r" % (r,))
        //       return r
        //   for r in None, 1, "one", StopIteration(1):
        //       gi = g(r)
        //       next(gi)
        //       try:
        //           next(gi)
        //           trace.append("not reached")
        //       except StopIteration as e:
        //           trace.append("caught StopIteration carrying %r" % (e.value,))
        //   print(trace)
        [Fact]
        public void Next_at_the_end_throws_StopIteration_carrying_the_return_value()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial object? G(Co<string?> co, object? r)
                {
                    Log.Add("g begins");
                    co.Yield(null);
                    Log.Add($"g returns {Repr(r)}");
                    return r;
                }
                """);
            var expected = new List<string>();
            foreach (var r in new object?[] { null, 1, "one", new StopIterationException(1) })
            {
                var gi = sample.Make<Generator<string?, Unit, object?>>("G", r);
                gi.Next();
                try
                {
                    gi.Next();
                    sample.Log.Add("not reached");
                }
                catch (StopIterationException e)
                {
                    sample.Log.Add($"caught StopIteration carrying {sample.Repr(e.Value)}");
                    Assert.Same(r, e.Value);
                    Assert.Same(r, gi.Result);
                }
                expected.AddRange(new[] { "g begins", $"g returns {sample.Repr(r)}", $"caught StopIteration carrying {sample.Repr(r)}" });
            }
            Assert.Equal(expected, sample.Log);
            Assert.Equal(new[] { "None", "1", "'one'", "StopIteration(1)" }, new[] { sample.Repr(null), sample.Repr(1), sample.Repr("one"), sample.Repr(new StopIterationException(1)) });
        }

        // Python:
        //   trace = []
        //   def g(r):
        //       trace.append("g begins")
        //       x = yield
        //       trace.append("g received %r" % (x,))
        //       return r
        //   for r in None, 1, "one", StopIteration(1):
        //       gi = g(r)
        //       next(gi)
        //       try:
        //           gi.send("spam")
        //           trace.append("not reached")
        //       except StopIteration as e:
        //           trace.append("caught StopIteration carrying %r" % (e.value,))
        //   print(trace)
        [Fact]
        public void Send_at_the_end_throws_StopIteration_carrying_the_return_value()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial object? G(Co<string?, string?> co, object? r)
                {
                    Log.Add("g begins");
                    string? x = co.Yield(null);
                    Log.Add($"g received {Repr(x)}");
                    return r;
                }
                """);
            var expected = new List<string>();
            foreach (var r in new object?[] { null, 1, "one", new StopIterationException(1) })
            {
                var gi = sample.Make<Generator<string?, string?, object?>>("G", r);
                gi.Next();
                var e = Assert.Throws<StopIterationException>(() => gi.Send("spam"));
                sample.Log.Add($"caught StopIteration carrying {sample.Repr(e.Value)}");
                Assert.Same(r, e.Value);
                expected.AddRange(new[] { "g begins", "g received 'spam'", $"caught StopIteration carrying {sample.Repr(r)}" });
            }
            Assert.Equal(expected, sample.Log);
        }

        // Python:
        //   trace = []
        //   def inner():
        //       trace.append("inner runs")
        //       return 7
        //       yield
        //   def middle():
        //       r = yield from inner()
        //       trace.append("middle got %s" % r)
        //       return r * 2
        //   def outer():
        //       r = yield from middle()
        //       trace.append("outer got %s" % r)
        //       yield r
        //   g = outer()
        //   trace.append("yielded %s" % next(g))
        //   def quiet():
        //       return (yield from middle())
        //   try:
        //       next(quiet())
        //   except StopIteration as e:
        //       trace.append("quiet stopped with %s" % e.value)
        //   print(trace)
        [Fact]
        public void An_inner_that_returns_without_yielding_hands_its_value_over_at_once()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial int Inner(Co<int> co)
                {
                    Log.Add("inner runs");
                    return 7;
                }

                [Coroutine]
                public static partial int Middle(Co<int> co)
                {
                    int r = co.YieldFrom(Inner());
                    Log.Add($"middle got {r}");
                    return r * 2;
                }

                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    int r = co.YieldFrom(Middle());
                    Log.Add($"outer got {r}");
                    co.Yield(r);
                }

                [Coroutine]
                public static partial int Quiet(Co<int> co)
                {
                    return co.YieldFrom(Middle());
                }
                """);
            var g = sample.Make<Generator<int>>("Outer");
            sample.Log.Add($"yielded {g.Next()}");
            var quiet = sample.Make<Generator<int, Unit, int>>("Quiet");
            var e = Assert.Throws<StopIterationException>(() => quiet.Next());
            sample.Log.Add($"quiet stopped with {e.Value}");
            Assert.Equal(new[] { "inner runs", "middle got 7", "outer got 14", "yielded 14", "inner runs", "middle got 7", "quiet stopped with 14" }, sample.Log);
            Assert.Equal(14, quiet.Result);
        }

        // Python:
        //   def inner():
        //       yield 1
        //       yield 2
        //       return "inner result"
        //   def relay():
        //       return (yield from inner())
        //   def relay_expression_bodied():
        //       return (yield from inner())
        //   for make in relay, relay_expression_bodied:
        //       g = make()
        //       values = [next(g), next(g)]
        //       try:
        //           next(g)
        //       except StopIteration as e:
        //           print(values, e.value)
        [Fact]
        public void Return_of_YieldFrom_makes_the_inners_return_value_the_outers()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial string Inner(Co<int> co)
                {
                    co.Yield(1);
                    co.Yield(2);
                    return "inner result";
                }

                [Coroutine]
                public static partial string Relay(Co<int> co)
                {
                    return co.YieldFrom(Inner());
                }

                [Coroutine]
                public static partial string RelayExpressionBodied(Co<int> co) => co.YieldFrom(Inner());
                """);
            foreach (var name in new[] { "Relay", "RelayExpressionBodied" })
            {
                var g = sample.Make<Generator<int, Unit, string>>(name);
                Assert.Equal(new[] { 1, 2 }, new[] { g.Next(), g.Next() });
                var e = Assert.Throws<StopIterationException>(() => g.Next());
                Assert.Equal("inner result", e.Value);
                Assert.Equal("inner result", g.Result);
            }
        }

        // Python:
        //   trace = []
        //   def inner():
        //       yield "a"
        //       return "inner result"
        //   def outer(sub):
        //       r = yield from sub
        //       trace.append("got %r" % (r,))
        //       yield "outer"
        //   finished = inner()
        //   for _ in finished:
        //       pass
        //   trace.append(next(outer(finished)))
        //   closed_unstarted = inner()
        //   closed_unstarted.close()
        //   trace.append(next(outer(closed_unstarted)))
        //   print(trace)
        [Fact]
        public void Delegating_to_an_inner_that_has_already_finished_gives_default()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial string Inner(Co<string> co)
                {
                    co.Yield("a");
                    return "inner result";
                }

                [Coroutine]
                public static partial int Count(Co<string> co)
                {
                    co.Yield("a");
                    return 42;
                }

                [Coroutine]
                public static partial void Outer(Co<string> co, Generator<string, Unit, string> sub)
                {
                    string r = co.YieldFrom(sub);
                    Log.Add($"got {Repr(r)}");
                    co.Yield("outer");
                }

                [Coroutine]
                public static partial void OuterOfCount(Co<string> co, Generator<string, Unit, int> sub)
                {
                    int r = co.YieldFrom(sub);
                    Log.Add($"got {r}");
                    co.Yield("outer");
                }
                """);
            var finished = sample.Make<Generator<string, Unit, string>>("Inner");
            while (finished.MoveNext()) { }
            Assert.Equal("inner result", finished.Result);
            sample.Log.Add(sample.Make<Generator<string>>("Outer", finished).Next());

            var closedUnstarted = sample.Make<Generator<string, Unit, string>>("Inner");
            closedUnstarted.Close();
            sample.Log.Add(sample.Make<Generator<string>>("Outer", closedUnstarted).Next());
            Assert.Equal(new[] { "got None", "outer", "got None", "outer" }, sample.Log);

            // A value type gives its default, as None stands for "no value" in CPython.
            sample.Log.Clear();
            var count = sample.Make<Generator<string, Unit, int>>("Count");
            while (count.MoveNext()) { }
            Assert.Equal(42, count.Result);
            sample.Log.Add(sample.Make<Generator<string>>("OuterOfCount", count).Next());
            Assert.Equal(new[] { "got 0", "outer" }, sample.Log);
        }

        // Python:
        //   trace = []
        //   def inner(value):
        //       try:
        //           yield 1
        //       except ValueError:
        //           trace.append("inner caught the error")
        //       return value
        //   def outer(value):
        //       v = yield from inner(value)
        //       trace.append("inner returned %r to outer" % (v,))
        //       yield v
        //   for value in 2, "two", StopIteration(2):
        //       g = outer(value)
        //       trace.append(repr(next(g)))
        //       trace.append("throw gave %r" % (g.throw(ValueError),))
        //   print(trace)
        [Fact]
        public void An_inner_that_catches_a_thrown_exception_and_returns_gives_the_value_to_the_outer()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial object Inner(Co<object> co, object value)
                {
                    try
                    {
                        co.Yield(1);
                    }
                    catch (ArgumentException)
                    {
                        Log.Add("inner caught the error");
                    }
                    return value;
                }

                [Coroutine]
                public static partial void Outer(Co<object> co, object value)
                {
                    object v = co.YieldFrom(Inner(value));
                    Log.Add($"inner returned {Repr(v)} to outer");
                    co.Yield(v);
                }
                """);
            var expected = new List<string>();
            foreach (var value in new object[] { 2, "two", new StopIterationException(2) })
            {
                var g = sample.Make<Generator<object>>("Outer", value);
                sample.Log.Add(sample.Repr(g.Next()));
                var thrownResult = g.Throw(new ArgumentException());
                Assert.Same(value, thrownResult);
                sample.Log.Add($"throw gave {sample.Repr(thrownResult)}");
                expected.AddRange(new[] { "1", "inner caught the error", $"inner returned {sample.Repr(value)} to outer", $"throw gave {sample.Repr(value)}" });
            }
            Assert.Equal(expected, sample.Log);
        }
    }
}
