using System;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// <c>Close</c> and a thrown <see cref="GeneratorExitException"/> while delegating: the inner is closed first, and
    /// whatever the inner does about it (returns, yields, raises) decides what the outer sees at its <c>YieldFrom</c>.
    /// Each test's comment holds the Python program whose output it expects; CPython's RuntimeError is
    /// InvalidOperationException here, ValueError is ArgumentException.
    /// </summary>
    public class YieldFromGeneratorExitTests
    {
        // Python:
        //   import inspect
        //   trace = []
        //   def inner():
        //       try:
        //           yield "inner"
        //       except GeneratorExit:
        //           trace.append("inner caught GeneratorExit")
        //           return "inner result"
        //   def outer(sub):
        //       try:
        //           r = yield from sub
        //           trace.append("outer got %r" % (r,))
        //           yield "outer"
        //       except GeneratorExit:
        //           trace.append("outer caught GeneratorExit")
        //           raise
        //       finally:
        //           trace.append("outer finally")
        //   i = inner()
        //   g = outer(i)
        //   trace.append(next(g))
        //   g.close()
        //   print(trace, inspect.getgeneratorstate(g), inspect.getgeneratorstate(i))
        // (The inner's return value is lost to the outer; its own Result keeps it, DESIGN section 2.)
        [Fact]
        public void An_inner_that_catches_GeneratorExit_and_returns_still_leaves_the_outer_with_GeneratorExit()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial string Inner(Co<string> co)
                {
                    try
                    {
                        co.Yield("inner");
                    }
                    catch (GeneratorExitException)
                    {
                        Log.Add("inner caught GeneratorExit");
                        return "inner result";
                    }
                    return "not reached";
                }

                [Coroutine]
                public static partial void Outer(Co<string> co, Generator<string, Unit, string> sub)
                {
                    try
                    {
                        string r = co.YieldFrom(sub);
                        Log.Add($"outer got {Repr(r)}");
                        co.Yield("outer");
                    }
                    catch (GeneratorExitException)
                    {
                        Log.Add("outer caught GeneratorExit");
                        throw;
                    }
                    finally
                    {
                        Log.Add("outer finally");
                    }
                }
                """);
            var i = sample.Make<Generator<string, Unit, string>>("Inner");
            var g = sample.Make<Generator<string>>("Outer", i);
            sample.Log.Add(g.Next());
            g.Close();
            Assert.Equal(new[] { "inner", "inner caught GeneratorExit", "outer caught GeneratorExit", "outer finally" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
            Assert.Equal(CoroutineState.Closed, i.State);
            Assert.Equal("inner result", i.Result);
        }

        // Python:
        //   trace = []
        //   def bottom():
        //       try:
        //           yield "bottom"
        //       finally:
        //           trace.append("bottom finally")
        //   def middle():
        //       try:
        //           yield from bottom()
        //       except GeneratorExit:
        //           trace.append("middle saw GeneratorExit")
        //           raise
        //       finally:
        //           trace.append("middle finally")
        //   def top():
        //       try:
        //           yield from middle()
        //       finally:
        //           trace.append("top finally")
        //   g = top()
        //   trace.append(next(g))
        //   g.close()
        //   trace.append("closed")
        //   print(trace)
        [Fact]
        public void Close_runs_the_cleanup_of_three_levels_innermost_first()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Bottom(Co<string> co)
                {
                    try
                    {
                        co.Yield("bottom");
                    }
                    finally
                    {
                        Log.Add("bottom finally");
                    }
                }

                [Coroutine]
                public static partial void Middle(Co<string> co)
                {
                    try
                    {
                        co.YieldFrom(Bottom());
                    }
                    catch (GeneratorExitException)
                    {
                        Log.Add("middle saw GeneratorExit");
                        throw;
                    }
                    finally
                    {
                        Log.Add("middle finally");
                    }
                }

                [Coroutine]
                public static partial void Top(Co<string> co)
                {
                    try
                    {
                        co.YieldFrom(Middle());
                    }
                    finally
                    {
                        Log.Add("top finally");
                    }
                }
                """);
            var g = sample.Make<Generator<string>>("Top");
            sample.Log.Add(g.Next());
            g.Close();
            sample.Log.Add("closed");
            Assert.Equal(new[] { "bottom", "bottom finally", "middle saw GeneratorExit", "middle finally", "top finally", "closed" }, sample.Log);
        }

        // Python:
        //   import inspect
        //   trace = []
        //   def inner():
        //       try:
        //           trace.append("inner begins")
        //           yield
        //           trace.append("not reached")
        //       except GeneratorExit:
        //           trace.append("inner caught GeneratorExit")
        //           return
        //   def outer(sub):
        //       trace.append("outer begins")
        //       yield from sub
        //       trace.append("not reached")
        //   i = inner()
        //   g = outer(i)
        //   next(g)
        //   try:
        //       g.throw(GeneratorExit())
        //   except GeneratorExit:
        //       trace.append("GeneratorExit came out")
        //   print(trace, inspect.getgeneratorstate(g), inspect.getgeneratorstate(i))
        [Fact]
        public void Throwing_GeneratorExit_into_an_inner_that_returns_raises_it_again_in_the_outer()
        {
            var sample = YieldFromSample.Compile(ThrowGeneratorExitSample("""
                Log.Add("inner caught GeneratorExit");
                return;
                """));
            var i = sample.Make<Generator<string?>>("Inner");
            var g = sample.Make<Generator<string?>>("Outer", i);
            g.Next();
            Assert.Throws<GeneratorExitException>(() => g.Throw(new GeneratorExitException()));
            sample.Log.Add("GeneratorExit came out");
            Assert.Equal(new[] { "outer begins", "inner begins", "inner caught GeneratorExit", "GeneratorExit came out" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
            Assert.Equal(CoroutineState.Closed, i.State);
        }

        // Python:
        //   def inner():
        //       try:
        //           yield
        //       except GeneratorExit:
        //           return
        //   def outer():
        //       yield from inner()
        //   g = outer()
        //   next(g)
        //   thrown = GeneratorExit()
        //   try:
        //       g.throw(thrown)
        //   except GeneratorExit as e:
        //       print("the thrown GeneratorExit came out:", e is thrown)
        [Fact]
        public void Throwing_GeneratorExit_into_an_inner_that_returns_raises_the_thrown_instance_in_the_outer()
        {
            var sample = YieldFromSample.Compile(ThrowGeneratorExitSample("""
                return;
                """));
            var g = sample.Make<Generator<string?>>("Outer", sample.Make<Generator<string?>>("Inner"));
            g.Next();
            var thrown = new GeneratorExitException();
            Assert.Same(thrown, Assert.Throws<GeneratorExitException>(() => g.Throw(thrown)));
        }

        // Python:
        //   import inspect
        //   trace = []
        //   def inner():
        //       try:
        //           trace.append("inner begins")
        //           yield
        //           trace.append("not reached")
        //       except GeneratorExit:
        //           trace.append("inner yields instead")
        //           yield
        //   def outer(sub):
        //       trace.append("outer begins")
        //       yield from sub
        //       trace.append("not reached")
        //   i = inner()
        //   g = outer(i)
        //   next(g)
        //   try:
        //       g.throw(GeneratorExit())
        //   except RuntimeError as e:
        //       trace.append("RuntimeError: %s" % e)
        //   print(trace, inspect.getgeneratorstate(g), inspect.getgeneratorstate(i))
        [Fact]
        public void Throwing_GeneratorExit_into_an_inner_that_yields_raises_ignored_GeneratorExit()
        {
            var sample = YieldFromSample.Compile(ThrowGeneratorExitSample("""
                Log.Add("inner yields instead");
                co.Yield(null);
                """));
            var i = sample.Make<Generator<string?>>("Inner");
            var g = sample.Make<Generator<string?>>("Outer", i);
            g.Next();
            var e = Assert.Throws<InvalidOperationException>(() => g.Throw(new GeneratorExitException()));
            sample.Log.Add($"RuntimeError: {e.Message}");
            Assert.Equal(new[] { "outer begins", "inner begins", "inner yields instead", "RuntimeError: generator ignored GeneratorExit" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
            Assert.Equal(CoroutineState.Suspended, i.State);
        }

        // Python:
        //   trace = []
        //   def inner():
        //       try:
        //           trace.append("inner begins")
        //           yield
        //           trace.append("not reached")
        //       except GeneratorExit:
        //           raise ValueError("inner raises instead")
        //   def outer(sub):
        //       trace.append("outer begins")
        //       yield from sub
        //       trace.append("not reached")
        //   g = outer(inner())
        //   next(g)
        //   try:
        //       g.throw(GeneratorExit())
        //   except ValueError as e:
        //       trace.append("ValueError: %s" % e)
        //   print(trace)
        [Fact]
        public void Throwing_GeneratorExit_into_an_inner_that_raises_something_else_raises_that()
        {
            var sample = YieldFromSample.Compile(ThrowGeneratorExitSample("""
                Fail(new ArgumentException("inner raises instead"));
                """));
            var g = sample.Make<Generator<string?>>("Outer", sample.Make<Generator<string?>>("Inner"));
            g.Next();
            var e = Assert.Throws<ArgumentException>(() => g.Throw(new GeneratorExitException()));
            sample.Log.Add($"ValueError: {e.Message}");
            Assert.Equal(new[] { "outer begins", "inner begins", "ValueError: inner raises instead" }, sample.Log);
        }

        // Python:
        //   trace = []
        //   def inner():
        //       try:
        //           yield "inner"
        //       except GeneratorExit:
        //           trace.append("inner caught GeneratorExit")
        //           return "inner result"
        //   def outer():
        //       try:
        //           yield from inner()
        //       except GeneratorExit:
        //           trace.append("outer caught GeneratorExit")
        //           return "outer result"
        //   g = outer()
        //   next(g)
        //   try:
        //       g.throw(GeneratorExit())
        //   except StopIteration as e:
        //       trace.append("StopIteration carrying %r" % (e.value,))
        //   print(trace)
        [Fact]
        public void Throwing_GeneratorExit_that_the_outer_handles_by_returning_ends_with_StopIteration()
        {
            var sample = YieldFromSample.Compile(OuterReturnsOnExitSample);
            var g = sample.Make<Generator<string, Unit, string>>("Outer");
            g.Next();
            var e = Assert.Throws<StopIterationException>(() => g.Throw(new GeneratorExitException()));
            sample.Log.Add($"StopIteration carrying {sample.Repr(e.Value)}");
            Assert.Equal(new[] { "inner caught GeneratorExit", "outer caught GeneratorExit", "StopIteration carrying 'outer result'" }, sample.Log);
        }

        // Python (3.13 and newer: close() returns the value the generator returned):
        //   import inspect
        //   trace = []
        //   def inner():
        //       try:
        //           yield "inner"
        //       except GeneratorExit:
        //           trace.append("inner caught GeneratorExit")
        //           return "inner result"
        //   def outer():
        //       try:
        //           yield from inner()
        //       except GeneratorExit:
        //           trace.append("outer caught GeneratorExit")
        //           return "outer result"
        //   g = outer()
        //   next(g)
        //   g.close()
        //   print(trace, inspect.getgeneratorstate(g))
        [Fact]
        public void Close_that_the_outer_handles_by_returning_succeeds_and_keeps_the_outers_result()
        {
            var sample = YieldFromSample.Compile(OuterReturnsOnExitSample);
            var g = sample.Make<Generator<string, Unit, string>>("Outer");
            g.Next();
            g.Close();
            Assert.Equal(new[] { "inner caught GeneratorExit", "outer caught GeneratorExit" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
            Assert.Equal("outer result", g.Result);
        }

        // Python:
        //   import inspect
        //   trace = []
        //   def inner():
        //       try:
        //           yield "inner"
        //       except GeneratorExit:
        //           trace.append("inner ignores GeneratorExit")
        //           yield "inner again"
        //           trace.append("inner resumed")
        //   def outer(sub):
        //       try:
        //           yield from sub
        //       except RuntimeError as e:
        //           trace.append("outer caught: %s" % e)
        //   i = inner()
        //   g = outer(i)
        //   next(g)
        //   g.close()
        //   print(inspect.getgeneratorstate(g), inspect.getgeneratorstate(i))
        //   try:
        //       next(i)
        //   except StopIteration:
        //       trace.append("inner stopped")
        //   print(trace)
        [Fact]
        public void Close_when_the_inner_ignores_GeneratorExit_raises_at_the_outers_YieldFrom_and_leaves_the_inner_suspended()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    try
                    {
                        co.Yield("inner");
                    }
                    catch (GeneratorExitException)
                    {
                        Log.Add("inner ignores GeneratorExit");
                        co.Yield("inner again");
                        Log.Add("inner resumed");
                    }
                }

                [Coroutine]
                public static partial void Outer(Co<string> co, Generator<string> sub)
                {
                    try
                    {
                        co.YieldFrom(sub);
                    }
                    catch (InvalidOperationException e)
                    {
                        Log.Add($"outer caught: {e.Message}");
                    }
                }
                """);
            var i = sample.Make<Generator<string>>("Inner");
            var g = sample.Make<Generator<string>>("Outer", i);
            g.Next();
            g.Close();
            Assert.Equal(CoroutineState.Closed, g.State);
            Assert.Equal(CoroutineState.Suspended, i.State);
            Assert.Throws<StopIterationException>(() => i.Next());
            sample.Log.Add("inner stopped");
            Assert.Equal(new[]
            {
                "inner ignores GeneratorExit", "outer caught: generator ignored GeneratorExit", "inner resumed", "inner stopped",
            }, sample.Log);
        }

        // Python:
        //   import inspect
        //   trace = []
        //   def inner():
        //       try:
        //           yield "inner"
        //       finally:
        //           trace.append("inner finally")
        //   def outer():
        //       try:
        //           yield from inner()
        //       except GeneratorExit:
        //           trace.append("outer ignores GeneratorExit")
        //           yield "outer again"
        //           trace.append("outer resumed")
        //   g = outer()
        //   next(g)
        //   try:
        //       g.close()
        //   except RuntimeError as e:
        //       trace.append("close raised: %s" % e)
        //   print(inspect.getgeneratorstate(g))
        //   try:
        //       next(g)
        //   except StopIteration:
        //       trace.append("stopped")
        //   print(trace)
        [Fact]
        public void Close_when_the_outer_yields_after_the_inner_closed_raises_ignored_GeneratorExit()
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
                        co.YieldFrom(Inner());
                    }
                    catch (GeneratorExitException)
                    {
                        Log.Add("outer ignores GeneratorExit");
                        co.Yield("outer again");
                        Log.Add("outer resumed");
                    }
                }
                """);
            var g = sample.Make<Generator<string>>("Outer");
            g.Next();
            var e = Assert.Throws<InvalidOperationException>(() => g.Close());
            sample.Log.Add($"close raised: {e.Message}");
            Assert.Equal(CoroutineState.Suspended, g.State);
            Assert.Equal("outer again", g.Current);
            Assert.Throws<StopIterationException>(() => g.Next());
            sample.Log.Add("stopped");
            Assert.Equal(new[]
            {
                "inner finally", "outer ignores GeneratorExit", "close raised: generator ignored GeneratorExit", "outer resumed", "stopped",
            }, sample.Log);
        }

        // Python:
        //   trace = []
        //   def inner():
        //       try:
        //           yield "inner"
        //       except GeneratorExit:
        //           raise StopIteration("from inner")
        //   def outer():
        //       try:
        //           yield from inner()
        //       except RuntimeError as e:
        //           trace.append("outer caught: %s (caused by StopIteration: %s)" % (e, isinstance(e.__cause__, StopIteration)))
        //           raise
        //   g = outer()
        //   next(g)
        //   try:
        //       g.close()
        //   except RuntimeError as e:
        //       trace.append("close raised: %s" % e)
        //   print(trace)
        [Fact]
        public void An_inner_that_raises_StopIteration_when_closed_gives_the_outer_generator_raised_StopIteration()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    try
                    {
                        co.Yield("inner");
                    }
                    catch (GeneratorExitException)
                    {
                        throw new StopIterationException("from inner");
                    }
                }

                [Coroutine]
                public static partial void Outer(Co<string> co)
                {
                    try
                    {
                        co.YieldFrom(Inner());
                    }
                    catch (InvalidOperationException e)
                    {
                        Log.Add($"outer caught: {e.Message} (caused by StopIteration: {Repr(e.InnerException is StopIterationException)})");
                        throw;
                    }
                }
                """);
            var g = sample.Make<Generator<string>>("Outer");
            g.Next();
            var e = Assert.Throws<InvalidOperationException>(() => g.Close());
            sample.Log.Add($"close raised: {e.Message}");
            Assert.IsType<StopIterationException>(e.InnerException);
            Assert.Equal(new[]
            {
                "outer caught: generator raised StopIteration (caused by StopIteration: True)", "close raised: generator raised StopIteration",
            }, sample.Log);
        }

        /// <summary>An inner whose GeneratorExit handler is <paramref name="onExit"/>, under an outer that only delegates.</summary>
        private static string ThrowGeneratorExitSample(string onExit) => """
            [Coroutine]
            public static partial void Inner(Co<string?> co)
            {
                try
                {
                    Log.Add("inner begins");
                    co.Yield(null);
                    Log.Add("not reached");
                }
                catch (GeneratorExitException)
                {
            """ + onExit + """

                }
            }

            [Coroutine]
            public static partial void Outer(Co<string?> co, Generator<string?> sub)
            {
                Log.Add("outer begins");
                co.YieldFrom(sub);
                Log.Add("not reached");
            }
            """;

        private const string OuterReturnsOnExitSample = """
            [Coroutine]
            public static partial string Inner(Co<string> co)
            {
                try
                {
                    co.Yield("inner");
                }
                catch (GeneratorExitException)
                {
                    Log.Add("inner caught GeneratorExit");
                    return "inner result";
                }
                return "not reached";
            }

            [Coroutine]
            public static partial string Outer(Co<string> co)
            {
                try
                {
                    co.YieldFrom(Inner());
                }
                catch (GeneratorExitException)
                {
                    Log.Add("outer caught GeneratorExit");
                    return "outer result";
                }
                return "not reached";
            }
            """;
    }
}
