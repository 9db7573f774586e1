using System;
using System.Collections.Generic;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// Delegation more than one level deep: three levels, a recursive tree walk, a chain of depth 100 (which resumes its
    /// innermost frame directly, without going through the 99 above it), <c>Delegate</c> (Python's <c>gi_yieldfrom</c>),
    /// and inner coroutines marked <c>[Coroutine(Primed = true)]</c>. Each test's comment holds the Python program whose
    /// output it expects.
    /// </summary>
    public class YieldFromNestingTests
    {
        // Python:
        //   trace = []
        //   class Nudge(Exception):
        //       pass
        //   def bottom():
        //       x = yield "bottom 1"
        //       trace.append("bottom received %s" % x)
        //       try:
        //           x = yield "bottom 2"
        //       except Nudge:
        //           trace.append("bottom caught Nudge")
        //           x = yield "bottom nudged"
        //       trace.append("bottom received %s" % x)
        //       return "bottom result"
        //   def middle():
        //       r = yield from bottom()
        //       trace.append("middle got %s" % r)
        //       x = yield "middle"
        //       trace.append("middle received %s" % x)
        //       return "middle result"
        //   def top():
        //       r = yield from middle()
        //       trace.append("top got %s" % r)
        //       yield "top"
        //       return "top result"
        //   g = top()
        //   trace.append(next(g))
        //   trace.append(g.send("a"))
        //   trace.append(g.throw(Nudge()))
        //   trace.append(g.send("b"))
        //   trace.append(g.send("c"))
        //   try:
        //       next(g)
        //   except StopIteration as e:
        //       trace.append("stopped with %s" % e.value)
        //   print(trace)
        [Fact]
        public void Three_levels_pass_Next_Send_and_Throw_down_and_return_values_up()
        {
            var sample = YieldFromSample.Compile("""
                public sealed class Nudge : Exception { }

                [Coroutine]
                public static partial string Bottom(Co<string, string?> co)
                {
                    string? x = co.Yield("bottom 1");
                    Log.Add($"bottom received {x}");
                    try
                    {
                        x = co.Yield("bottom 2");
                    }
                    catch (Nudge)
                    {
                        Log.Add("bottom caught Nudge");
                        x = co.Yield("bottom nudged");
                    }
                    Log.Add($"bottom received {x}");
                    return "bottom result";
                }

                [Coroutine]
                public static partial string Middle(Co<string, string?> co)
                {
                    string r = co.YieldFrom(Bottom());
                    Log.Add($"middle got {r}");
                    string? x = co.Yield("middle");
                    Log.Add($"middle received {x}");
                    return "middle result";
                }

                [Coroutine]
                public static partial string Top(Co<string, string?> co)
                {
                    string r = co.YieldFrom(Middle());
                    Log.Add($"top got {r}");
                    co.Yield("top");
                    return "top result";
                }
                """);
            var g = sample.Make<Generator<string, string?, string>>("Top");
            sample.Log.Add(g.Next());
            sample.Log.Add(g.Send("a"));
            sample.Log.Add(g.Throw(sample.New<Exception>("Nudge")));
            sample.Log.Add(g.Send("b"));
            sample.Log.Add(g.Send("c"));
            var e = Assert.Throws<StopIterationException>(() => g.Next());
            sample.Log.Add($"stopped with {e.Value}");
            Assert.Equal(new[]
            {
                "bottom 1", "bottom received a", "bottom 2", "bottom caught Nudge", "bottom nudged", "bottom received b",
                "middle got bottom result", "middle", "middle received c", "top got middle result", "top", "stopped with top result",
            }, sample.Log);
        }

        // Python:
        //   class Node:
        //       def __init__(self, value, left=None, right=None):
        //           self.value, self.left, self.right = value, left, right
        //   def walk(node):
        //       if node is None:
        //           return 0
        //       left = yield from walk(node.left)
        //       yield node.value
        //       right = yield from walk(node.right)
        //       return left + 1 + right
        //   tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7, None, Node(8))))
        //   g = walk(tree)
        //   values = []
        //   try:
        //       while True:
        //           values.append(next(g))
        //   except StopIteration as e:
        //       print(values, "count", e.value)
        [Fact]
        public void A_recursive_tree_walk_yields_in_order_and_returns_the_node_count()
        {
            var sample = YieldFromSample.Compile("""
                public sealed class Node
                {
                    public Node(int value, Node? left = null, Node? right = null)
                    {
                        Value = value;
                        Left = left;
                        Right = right;
                    }

                    public int Value { get; }
                    public Node? Left { get; }
                    public Node? Right { get; }
                }

                [Coroutine]
                public static partial int Walk(Co<int> co, Node? node)
                {
                    if (node == null) return 0;
                    int left = co.YieldFrom(Walk(node.Left));
                    co.Yield(node.Value);
                    int right = co.YieldFrom(Walk(node.Right));
                    return left + 1 + right;
                }

                [Coroutine]
                public static partial int WalkSample(Co<int> co)
                {
                    var tree = new Node(4, new Node(2, new Node(1), new Node(3)), new Node(6, new Node(5), new Node(7, null, new Node(8))));
                    return co.YieldFrom(Walk(tree));
                }
                """);
            var g = sample.Make<Generator<int, Unit, int>>("WalkSample");
            var values = new List<int>();
            while (g.TryNext(out int value)) values.Add(value);
            Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }, values);
            Assert.Equal(8, g.Result);
            Assert.Equal(8, Assert.Throws<StopIterationException>(() => g.Next()).Value);
        }

        // Python:
        //   def leaf():
        //       x = yield "ready"
        //       while x != "stop":
        //           x = yield "echo " + x
        //       return 0
        //   def chain(depth):
        //       if depth == 0:
        //           return (yield from leaf())
        //       r = yield from chain(depth - 1)
        //       return r + 1
        //   g = chain(100)
        //   got = [next(g), g.send("a")]
        //   links, d = 0, g.gi_yieldfrom
        //   while d is not None:
        //       links, d = links + 1, d.gi_yieldfrom
        //   got.append(g.send("b"))
        //   try:
        //       g.send("stop")
        //   except StopIteration as e:
        //       print(got, "links", links, "returned", e.value)
        [Fact]
        public void A_chain_of_depth_100_passes_values_both_ways_and_adds_up_the_return_values()
        {
            var sample = YieldFromSample.Compile(ChainSample);
            var g = sample.Make<Generator<string, string?, int>>("Chain", 100);
            var got = new List<string> { g.Next(), g.Send("a") };
            int links = 0;
            for (var d = g.Delegate; d != null; d = ((Coroutines.Frames.CoroutineFrame<string, string?>)d).Delegate) links++;
            got.Add(g.Send("b"));
            var e = Assert.Throws<StopIterationException>(() => g.Send("stop"));
            Assert.Equal(new[] { "ready", "echo a", "echo b" }, got);
            Assert.Equal(101, links);
            Assert.Equal(100, e.Value);
            Assert.Equal(100, g.Result);
        }

        // Python:
        //   trace = []
        //   def leaf():
        //       try:
        //           yield "leaf"
        //       finally:
        //           trace.append("leaf")
        //   def chain(depth):
        //       try:
        //           yield from (leaf() if depth == 0 else chain(depth - 1))
        //       finally:
        //           trace.append(str(depth))
        //   g = chain(100)
        //   next(g)
        //   g.close()
        //   closed = trace
        //   trace = []
        //   g = chain(100)
        //   next(g)
        //   thrown = ValueError("thrown in")
        //   try:
        //       g.throw(thrown)
        //   except ValueError as e:
        //       print(closed == trace, closed[:3], closed[-1], len(closed), e is thrown)
        [Fact]
        public void Close_and_an_unhandled_Throw_at_depth_100_unwind_every_level_innermost_first()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Leaf(Co<string> co)
                {
                    try
                    {
                        co.Yield("leaf");
                    }
                    finally
                    {
                        Log.Add("leaf");
                    }
                }

                [Coroutine]
                public static partial void Chain(Co<string> co, int depth)
                {
                    try
                    {
                        co.YieldFrom(depth == 0 ? Leaf() : Chain(depth - 1));
                    }
                    finally
                    {
                        Log.Add(depth.ToString());
                    }
                }
                """);
            var expected = new List<string> { "leaf" };
            for (int depth = 0; depth <= 100; depth++) expected.Add(depth.ToString());

            var g = sample.Make<Generator<string>>("Chain", 100);
            Assert.Equal("leaf", g.Next());
            g.Close();
            Assert.Equal(expected, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);

            sample.Log.Clear();
            g = sample.Make<Generator<string>>("Chain", 100);
            g.Next();
            var thrown = new ArgumentException("thrown in");
            Assert.Same(thrown, Assert.Throws<ArgumentException>(() => g.Throw(thrown)));
            Assert.Equal(expected, sample.Log);
        }

        // No CPython counterpart (CPython passes each resume down through every level): the outermost frame keeps a
        // pointer to the innermost one and resumes it directly, so while the innermost body runs at depth 100, no other
        // frame's Step is on the stack (DESIGN section 3).
        [Fact]
        public void At_depth_100_the_innermost_body_runs_with_no_other_frame_on_the_stack()
        {
            var sample = YieldFromSample.Compile(ChainSample);
            var g = sample.Make<Generator<string, string?, int>>("Chain", 100);
            g.Next();
            g.Send("a");
            Assert.Throws<StopIterationException>(() => g.Send("stop"));
            // The leaf logs how many Step methods are on the stack at its start and at each resume.
            Assert.Equal(new[] { "1", "1", "1" }, sample.Log);
        }

        // Python (CPython keeps every delegating frame on the stack while the innermost runs; here they are not on it):
        //   import inspect
        //   def inner():
        //       yield [f.function for f in inspect.stack()]
        //   def outer():
        //       yield from inner()
        //   print("outer" in next(outer()))
        // The outermost frame resumes the innermost one directly (DESIGN section 3), so the delegators are not on the
        // stack; Delegate leads from the outermost frame down to the running one instead.
        [Fact]
        public void The_delegating_frames_are_not_on_the_stack_while_the_innermost_runs()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    co.Yield(new System.Diagnostics.StackTrace().ToString());
                }

                [Coroutine]
                public static partial void Middle(Co<string> co)
                {
                    co.YieldFrom(Inner());
                }

                [Coroutine]
                public static partial void Outer(Co<string> co)
                {
                    co.YieldFrom(Middle());
                }
                """);
            string stack = sample.Make<Generator<string>>("Outer").Next();
            Assert.Contains("InnerFrame.Step", stack);
            Assert.DoesNotContain("MiddleFrame", stack);
            Assert.DoesNotContain("OuterFrame", stack);
        }

        // Python:
        //   def bottom():
        //       yield "bottom 1"
        //       yield "bottom 2"
        //   def middle(sub):
        //       yield from sub
        //       yield "middle after"
        //   def top(sub):
        //       yield from sub
        //       yield "top after"
        //   b = bottom()
        //   m = middle(b)
        //   t = top(m)
        //   print(t.gi_yieldfrom)
        //   next(t)
        //   print(t.gi_yieldfrom is m, m.gi_yieldfrom is b, b.gi_yieldfrom)
        //   next(t)
        //   next(t)
        //   print(t.gi_yieldfrom is m, m.gi_yieldfrom)
        //   next(t)
        //   print(t.gi_yieldfrom)
        //   t = top(middle(bottom()))
        //   next(t)
        //   t.close()
        //   print(t.gi_yieldfrom)
        [Fact]
        public void Delegate_names_the_generator_delegated_to_at_each_level_and_is_cleared_when_it_finishes()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Bottom(Co<string> co)
                {
                    co.Yield("bottom 1");
                    co.Yield("bottom 2");
                }

                [Coroutine]
                public static partial void Middle(Co<string> co, Generator<string> sub)
                {
                    co.YieldFrom(sub);
                    co.Yield("middle after");
                }

                [Coroutine]
                public static partial void Top(Co<string> co, Generator<string> sub)
                {
                    co.YieldFrom(sub);
                    co.Yield("top after");
                }
                """);
            var b = sample.Make<Generator<string>>("Bottom");
            var m = sample.Make<Generator<string>>("Middle", b);
            var t = sample.Make<Generator<string>>("Top", m);
            Assert.Null(t.Delegate);
            t.Next();
            Assert.Same(m, t.Delegate);
            Assert.Same(b, m.Delegate);
            Assert.Null(b.Delegate);
            t.Next();
            Assert.Equal("middle after", t.Next());
            Assert.Same(m, t.Delegate);
            Assert.Null(m.Delegate);
            Assert.Equal("top after", t.Next());
            Assert.Null(t.Delegate);

            t = sample.Make<Generator<string>>("Top", sample.Make<Generator<string>>("Middle", sample.Make<Generator<string>>("Bottom")));
            t.Next();
            t.Close();
            Assert.Null(t.Delegate);
        }

        // Python:
        //   import functools
        //   trace = []
        //   def primed(f):
        //       @functools.wraps(f)
        //       def start(*args):
        //           g = f(*args)
        //           next(g)
        //           return g
        //       return start
        //   @primed
        //   def inner():
        //       trace.append("inner starts")
        //       x = yield "inner first"
        //       trace.append("inner received %s" % x)
        //       x = yield "inner second"
        //       trace.append("inner received %s" % x)
        //       return "inner result"
        //   def outer():
        //       trace.append("outer starts")
        //       r = yield from inner()
        //       trace.append("outer got %s" % r)
        //       yield "outer end"
        //   g = outer()
        //   trace.append("got %s" % next(g))
        //   trace.append("got %s" % g.send("s1"))
        //   print(trace)
        [Fact]
        public void A_primed_inner_under_YieldFrom_loses_its_first_value_and_its_first_yield_receives_None()
        {
            var sample = YieldFromSample.Compile(PrimedSample);
            var g = sample.Make<Generator<string, string?, Unit>>("Outer");
            sample.Log.Add($"got {g.Next()}");
            sample.Log.Add($"got {g.Send("s1")}");
            Assert.Equal(new[]
            {
                "outer starts", "inner starts", "inner received None", "got inner second", "inner received s1", "outer got inner result", "got outer end",
            }, sample.Log);
        }

        // Python (the primed inner of the test above, made before the outer runs):
        //   import functools
        //   trace = []
        //   def primed(f):
        //       @functools.wraps(f)
        //       def start(*args):
        //           g = f(*args)
        //           next(g)
        //           return g
        //       return start
        //   @primed
        //   def inner():
        //       trace.append("inner starts")
        //       x = yield "inner first"
        //       trace.append("inner received %s" % x)
        //       x = yield "inner second"
        //       trace.append("inner received %s" % x)
        //       return "inner result"
        //   def outer_of(sub):
        //       trace.append("outer starts")
        //       r = yield from sub
        //       trace.append("outer got %s" % r)
        //       yield "outer end"
        //   i = inner()
        //   trace.append("made inner")
        //   g = outer_of(i)
        //   trace.append("got %s" % next(g))
        //   trace.append("got %s" % g.send("s1"))
        //   print(trace)
        [Fact]
        public void A_primed_inner_made_before_the_outer_runs_has_already_run_to_its_first_yield()
        {
            var sample = YieldFromSample.Compile(PrimedSample);
            var i = sample.Make<Generator<string, string?, string>>("Inner");
            sample.Log.Add("made inner");
            Assert.Equal(CoroutineState.Suspended, i.State);
            Assert.Equal("inner first", i.Current);
            var g = sample.Make<Generator<string, string?, Unit>>("OuterOf", i);
            sample.Log.Add($"got {g.Next()}");
            sample.Log.Add($"got {g.Send("s1")}");
            Assert.Equal(new[]
            {
                "inner starts", "made inner", "outer starts", "inner received None", "got inner second", "inner received s1",
                "outer got inner result", "got outer end",
            }, sample.Log);
        }

        private const string PrimedSample = """
            [Coroutine(Primed = true)]
            public static partial string Inner(Co<string, string?> co)
            {
                Log.Add("inner starts");
                string? x = co.Yield("inner first");
                Log.Add($"inner received {x ?? "None"}");
                x = co.Yield("inner second");
                Log.Add($"inner received {x ?? "None"}");
                return "inner result";
            }

            [Coroutine]
            public static partial void Outer(Co<string, string?> co)
            {
                Log.Add("outer starts");
                string r = co.YieldFrom(Inner());
                Log.Add($"outer got {r}");
                co.Yield("outer end");
            }

            [Coroutine]
            public static partial void OuterOf(Co<string, string?> co, Generator<string, string?, string> sub)
            {
                Log.Add("outer starts");
                string r = co.YieldFrom(sub);
                Log.Add($"outer got {r}");
                co.Yield("outer end");
            }
            """;

        /// <summary>
        /// <c>Chain(depth)</c>: depth frames that each delegate to the next and add one to its return value, above a leaf
        /// that echoes what is sent until "stop". The leaf logs how many frame Step methods are on the stack each time it runs.
        /// </summary>
        private const string ChainSample = """
            public static string StepsOnStack() =>
                new System.Diagnostics.StackTrace().GetFrames().Count(f => f.GetMethod()?.Name == "Step").ToString();

            [Coroutine]
            public static partial int Leaf(Co<string, string?> co)
            {
                Log.Add(StepsOnStack());
                string? x = co.Yield("ready");
                Log.Add(StepsOnStack());
                while (x != "stop")
                {
                    x = co.Yield("echo " + x);
                    Log.Add(StepsOnStack());
                }
                return 0;
            }

            [Coroutine]
            public static partial int Chain(Co<string, string?> co, int depth)
            {
                if (depth == 0) return co.YieldFrom(Leaf());
                int r = co.YieldFrom(Chain(depth - 1));
                return r + 1;
            }
            """;
    }
}
