using System;
using System.Collections.Generic;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// Delegating to a generator that is running (a frame of the chain being resumed) is refused with
    /// <c>InvalidOperationException("generator already executing")</c> at the <c>YieldFrom</c> (CPython's ValueError),
    /// where the delegating body may catch it; a generator that another <c>YieldFrom</c> is still delegating to is
    /// refused too (CPython allows that). Each test's comment holds the Python program whose output it expects.
    /// </summary>
    public class YieldFromRunningTests
    {
        // Python:
        //   import inspect
        //   trace = []
        //   def outer():
        //       trace.append("outer begins")
        //       yield "outer"
        //       trace.append("outer delegates")
        //       yield from inner()
        //       trace.append("not reached")
        //   def inner():
        //       trace.append("inner begins")
        //       yield "inner"
        //       trace.append("inner delegates back to the outer")
        //       yield from gi
        //       trace.append("not reached")
        //   gi = outer()
        //   try:
        //       for y in gi:
        //           trace.append("got %s" % y)
        //   except ValueError as e:
        //       trace.append("ValueError: %s" % e)
        //   print(trace, inspect.getgeneratorstate(gi))
        [Fact]
        public void A_YieldFrom_loop_back_to_the_running_outer_raises_already_executing()
        {
            var sample = YieldFromSample.Compile("""
                public static Generator<string>? Outermost;

                [Coroutine]
                public static partial void Outer(Co<string> co)
                {
                    Log.Add("outer begins");
                    co.Yield("outer");
                    Log.Add("outer delegates");
                    co.YieldFrom(Inner());
                    Log.Add("not reached");
                }

                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    Log.Add("inner begins");
                    co.Yield("inner");
                    Log.Add("inner delegates back to the outer");
                    co.YieldFrom(Outermost!);
                    Log.Add("not reached");
                }
                """);
            var gi = sample.Make<Generator<string>>("Outer");
            sample.Set("Outermost", gi);
            try
            {
                foreach (var y in gi) sample.Log.Add($"got {y}");
            }
            catch (InvalidOperationException e)
            {
                sample.Log.Add($"ValueError: {e.Message}");
            }
            Assert.Equal(new[]
            {
                "outer begins", "got outer", "outer delegates", "inner begins", "got inner", "inner delegates back to the outer",
                "ValueError: generator already executing",
            }, sample.Log);
            Assert.Equal(CoroutineState.Closed, gi.State);
        }

        // Python:
        //   trace = []
        //   def me():
        //       yield "me"
        //       try:
        //           yield from g
        //       except ValueError as e:
        //           trace.append("me caught: %s" % e)
        //       yield "me again"
        //   g = me()
        //   trace.append(list(g))
        //   print(trace)
        [Fact]
        public void A_generator_delegating_to_itself_raises_already_executing()
        {
            var sample = YieldFromSample.Compile("""
                public static Generator<string>? Self;

                [Coroutine]
                public static partial void Me(Co<string> co)
                {
                    co.Yield("me");
                    try
                    {
                        co.YieldFrom(Self!);
                    }
                    catch (InvalidOperationException e)
                    {
                        Log.Add($"me caught: {e.Message}");
                    }
                    co.Yield("me again");
                }
                """);
            var g = sample.Make<Generator<string>>("Me");
            sample.Set("Self", g);
            sample.Log.Add(string.Join(", ", g));
            Assert.Equal(new[] { "me caught: generator already executing", "me, me again" }, sample.Log);
        }

        // Python:
        //   def outer():
        //       yield 10
        //       yield from inner()
        //       yield 40
        //   def inner():
        //       yield 20
        //       try:
        //           yield from top
        //       except ValueError:
        //           pass
        //       yield 30
        //   top = outer()
        //   print(list(top))
        //   top = outer()
        //   got = [next(top)]
        //   try:
        //       while True:
        //           got.append(top.send(5))
        //   except StopIteration:
        //       pass
        //   print(got)
        //   class Stumble(Exception):
        //       pass
        //   def outer_t():
        //       try:
        //           yield 10
        //       except Stumble:
        //           pass
        //       yield from inner_t()
        //       try:
        //           yield 40
        //       except Stumble:
        //           pass
        //   def inner_t():
        //       try:
        //           yield 20
        //       except Stumble:
        //           pass
        //       try:
        //           yield from top
        //       except ValueError:
        //           pass
        //       try:
        //           yield 30
        //       except Stumble:
        //           pass
        //   top = outer_t()
        //   got = [next(top)]
        //   try:
        //       while True:
        //           got.append(top.throw(Stumble()))
        //   except StopIteration:
        //       pass
        //   print(got)
        [Fact]
        public void The_refusal_is_raised_at_the_YieldFrom_where_the_inner_can_catch_it_whether_driven_by_Next_Send_or_Throw()
        {
            var sample = YieldFromSample.Compile("""
                public static Generator<int, int, Unit>? Top;

                public sealed class Stumble : Exception { }

                [Coroutine]
                public static partial void Outer(Co<int, int> co)
                {
                    co.Yield(10);
                    co.YieldFrom(Inner());
                    co.Yield(40);
                }

                [Coroutine]
                public static partial void Inner(Co<int, int> co)
                {
                    co.Yield(20);
                    try
                    {
                        co.YieldFrom(Top!);
                    }
                    catch (InvalidOperationException)
                    {
                    }
                    co.Yield(30);
                }

                [Coroutine]
                public static partial void OuterT(Co<int, int> co)
                {
                    try { co.Yield(10); } catch (Stumble) { }
                    co.YieldFrom(InnerT());
                    try { co.Yield(40); } catch (Stumble) { }
                }

                [Coroutine]
                public static partial void InnerT(Co<int, int> co)
                {
                    try { co.Yield(20); } catch (Stumble) { }
                    try { co.YieldFrom(Top!); } catch (InvalidOperationException) { }
                    try { co.Yield(30); } catch (Stumble) { }
                }
                """);
            var expected = new[] { 10, 20, 30, 40 };
            var top = sample.Make<Generator<int, int, Unit>>("Outer");
            sample.Set("Top", top);
            Assert.Equal(expected, top);

            top = sample.Make<Generator<int, int, Unit>>("Outer");
            sample.Set("Top", top);
            var got = new List<int> { top.Next() };
            while (top.TrySend(5, out int sent)) got.Add(sent);
            Assert.Equal(expected, got);

            top = sample.Make<Generator<int, int, Unit>>("OuterT");
            sample.Set("Top", top);
            got = new List<int> { top.Next() };
            try
            {
                while (true) got.Add(top.Throw(sample.New<Exception>("Stumble")));
            }
            catch (StopIterationException)
            {
            }
            Assert.Equal(expected, got);
        }

        // Python:
        //   trace = []
        //   def top(sub):
        //       yield from sub
        //   def middle():
        //       yield from bottom()
        //   def bottom():
        //       yield "bottom"
        //       try:
        //           yield from m
        //       except ValueError as e:
        //           trace.append("bottom caught: %s" % e)
        //       yield "bottom again"
        //   m = middle()
        //   for v in top(m):
        //       trace.append(v)
        //   print(trace)
        [Fact]
        public void Delegating_to_the_middle_frame_of_the_running_chain_raises_already_executing()
        {
            var sample = YieldFromSample.Compile("""
                public static Generator<string>? MiddleGen;

                [Coroutine]
                public static partial void Top(Co<string> co, Generator<string> sub)
                {
                    co.YieldFrom(sub);
                }

                [Coroutine]
                public static partial void Middle(Co<string> co)
                {
                    co.YieldFrom(Bottom());
                }

                [Coroutine]
                public static partial void Bottom(Co<string> co)
                {
                    co.Yield("bottom");
                    try
                    {
                        co.YieldFrom(MiddleGen!);
                    }
                    catch (InvalidOperationException e)
                    {
                        Log.Add($"bottom caught: {e.Message}");
                    }
                    co.Yield("bottom again");
                }
                """);
            var m = sample.Make<Generator<string>>("Middle");
            sample.Set("MiddleGen", m);
            foreach (var v in sample.Make<Generator<string>>("Top", m)) sample.Log.Add(v);
            Assert.Equal(new[] { "bottom", "bottom caught: generator already executing", "bottom again" }, sample.Log);
        }

        // Python:
        //   import inspect
        //   trace = []
        //   def top(sub):
        //       yield from sub
        //   def middle():
        //       yield from bottom()
        //   def bottom():
        //       trace.append("top %s, middle %s" % (inspect.getgeneratorstate(t), inspect.getgeneratorstate(m)))
        //       yield 1
        //       trace.append("top %s, middle %s" % (inspect.getgeneratorstate(t), inspect.getgeneratorstate(m)))
        //   m = middle()
        //   t = top(m)
        //   next(t)
        //   trace.append("paused: top %s, middle %s" % (inspect.getgeneratorstate(t), inspect.getgeneratorstate(m)))
        //   list(t)
        //   print(trace)
        [Fact]
        public void Every_frame_of_a_chain_reports_Running_while_the_innermost_runs()
        {
            var sample = YieldFromSample.Compile("""
                public static Generator<int>? TopGen;
                public static Generator<int>? MiddleGen;

                [Coroutine]
                public static partial void Top(Co<int> co, Generator<int> sub)
                {
                    co.YieldFrom(sub);
                }

                [Coroutine]
                public static partial void Middle(Co<int> co)
                {
                    co.YieldFrom(Bottom());
                }

                [Coroutine]
                public static partial void Bottom(Co<int> co)
                {
                    Log.Add($"top {StateOf(TopGen!)}, middle {StateOf(MiddleGen!)}");
                    co.Yield(1);
                    Log.Add($"top {StateOf(TopGen!)}, middle {StateOf(MiddleGen!)}");
                }
                """);
            var m = sample.Make<Generator<int>>("Middle");
            var t = sample.Make<Generator<int>>("Top", m);
            sample.Set("MiddleGen", m);
            sample.Set("TopGen", t);
            t.Next();
            sample.Log.Add($"paused: top {YieldFromSample.StateOf(t.State)}, middle {YieldFromSample.StateOf(m.State)}");
            while (t.MoveNext()) { }
            Assert.Equal(new[]
            {
                "top GEN_RUNNING, middle GEN_RUNNING", "paused: top GEN_SUSPENDED, middle GEN_SUSPENDED", "top GEN_RUNNING, middle GEN_RUNNING",
            }, sample.Log);
        }

        // Python:
        //   import inspect
        //   trace = []
        //   class Closer:
        //       def __iter__(self):
        //           return self
        //       def __next__(self):
        //           return 42
        //       def close(self):
        //           trace.append("outer running while its delegate closes: %s" % top.gi_running)
        //           try:
        //               next(top)
        //           except ValueError as e:
        //               trace.append("next(outer) from close: %s" % e)
        //   def outer():
        //       yield from Closer()
        //   top = outer()
        //   next(top)
        //   top.close()
        //   print(trace, inspect.getgeneratorstate(top))
        [Fact]
        public void The_outer_is_running_while_Close_closes_a_hand_written_delegate()
        {
            var sample = YieldFromSample.Compile("""
                public static Generator<int>? Outermost;

                public sealed class Closer : IGenerator<int, Unit, Unit>
                {
                    public CoroutineState State { get; private set; }
                    public Unit Result => default;
                    public int Current => 42;
                    object System.Collections.IEnumerator.Current => Current;

                    public bool MoveNext()
                    {
                        State = CoroutineState.Suspended;
                        return true;
                    }

                    public bool TrySend(Unit value) => MoveNext();
                    public bool TryThrow(Exception e) => throw e;

                    public void Close()
                    {
                        Log.Add($"outer running while its delegate closes: {Repr(Outermost!.State == CoroutineState.Running)}");
                        try
                        {
                            Outermost.Next();
                        }
                        catch (InvalidOperationException e)
                        {
                            Log.Add($"next(outer) from close: {e.Message}");
                        }
                        State = CoroutineState.Closed;
                    }

                    public int Next() => MoveNext() ? Current : throw new StopIterationException();
                    public int Send(Unit value) => Next();
                    public int Throw(Exception e) => throw e;
                    public void Reset() => throw new NotSupportedException();
                    public void Dispose() => Close();
                    public IEnumerator<int> GetEnumerator() => this;
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this;
                }

                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    co.YieldFrom(new Closer());
                }
                """);
            var top = sample.Make<Generator<int>>("Outer");
            sample.Set("Outermost", top);
            top.Next();
            top.Close();
            Assert.Equal(new[] { "outer running while its delegate closes: True", "next(outer) from close: generator already executing" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, top.State);
        }

        // Python (CPython lets a second yield from drive the same generator; we refuse it, see docs/delegation.md):
        //   trace = []
        //   def inner():
        //       yield "inner 1"
        //       yield "inner 2"
        //       yield "inner 3"
        //   def outer(name, sub):
        //       try:
        //           yield from sub
        //       except ValueError as e:
        //           trace.append("%s refused: %s" % (name, e))
        //       yield name + " done"
        //   i = inner()
        //   a = outer("a", i)
        //   b = outer("b", i)
        //   trace.append(next(a))
        //   trace.append(next(b))
        //   trace.append(next(a))
        //   print(trace)
        // CPython prints ['inner 1', 'inner 2', 'inner 3']; here b is refused and a keeps its place.
        [Fact]
        public void A_second_YieldFrom_to_an_inner_another_frame_is_delegating_to_is_refused()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    co.Yield("inner 1");
                    co.Yield("inner 2");
                    co.Yield("inner 3");
                }

                [Coroutine]
                public static partial void Outer(Co<string> co, string name, Generator<string> sub)
                {
                    try
                    {
                        co.YieldFrom(sub);
                    }
                    catch (InvalidOperationException e)
                    {
                        Log.Add($"{name} refused: {e.Message}");
                    }
                    co.Yield(name + " done");
                }
                """);
            var i = sample.Make<Generator<string>>("Inner");
            var a = sample.Make<Generator<string>>("Outer", "a", i);
            var b = sample.Make<Generator<string>>("Outer", "b", i);
            sample.Log.Add(a.Next());
            sample.Log.Add(b.Next());
            sample.Log.Add(a.Next());
            Assert.Equal(new[]
            {
                "inner 1", "b refused: generator is already being delegated to by another YieldFrom", "b done", "inner 2",
            }, sample.Log);
            Assert.Same(i, a.Delegate);
            Assert.Null(b.Delegate);
        }

        // Python:
        //   trace = []
        //   def inner():
        //       yield 1
        //       yield 2
        //       yield 3
        //       return "inner result"
        //   def outer(sub):
        //       r = yield from sub
        //       trace.append("outer got %r" % (r,))
        //       yield 99
        //   i = inner()
        //   g = outer(i)
        //   trace.append(next(g))
        //   trace.append(next(i))
        //   trace.append(next(g))
        //   try:
        //       next(i)
        //   except StopIteration as e:
        //       trace.append("inner stopped with %r" % (e.value,))
        //   trace.append(next(g))
        //   print(trace)
        [Fact]
        public void An_inner_resumed_directly_moves_on_for_the_outer_too_and_finishing_it_so_gives_the_outer_default()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial string Inner(Co<int> co)
                {
                    co.Yield(1);
                    co.Yield(2);
                    co.Yield(3);
                    return "inner result";
                }

                [Coroutine]
                public static partial void Outer(Co<int> co, Generator<int, Unit, string> sub)
                {
                    string r = co.YieldFrom(sub);
                    Log.Add($"outer got {Repr(r)}");
                    co.Yield(99);
                }
                """);
            var i = sample.Make<Generator<int, Unit, string>>("Inner");
            var g = sample.Make<Generator<int>>("Outer", i);
            sample.Log.Add($"{g.Next()}");
            sample.Log.Add($"{i.Next()}");
            sample.Log.Add($"{g.Next()}");
            var e = Assert.Throws<StopIterationException>(() => i.Next());
            sample.Log.Add($"inner stopped with {sample.Repr(e.Value)}");
            sample.Log.Add($"{g.Next()}");
            Assert.Equal(new[] { "1", "2", "3", "inner stopped with 'inner result'", "outer got None", "99" }, sample.Log);
        }
    }
}
