using System;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// <c>co.YieldFrom(inner)</c> passes <c>Next</c>, <c>Send</c>, <c>Throw</c> and <c>Close</c> through to the inner
    /// generator, and exceptions come back out through the delegating frame (the behaviours of CPython's
    /// test_yield_from.py, re-expressed). Each test's comment holds the Python program whose output it expects;
    /// Python's ValueError is ArgumentException here.
    /// </summary>
    public class YieldFromDelegationTests
    {
        // Python:
        //   trace = []
        //   def outer():
        //       trace.append("outer begins")
        //       yield from inner()
        //       trace.append("outer ends")
        //   def inner():
        //       trace.append("inner begins")
        //       yield 7
        //       trace.append("inner ends")
        //   for v in outer():
        //       trace.append("got %s" % v)
        //   print(trace)
        [Fact]
        public void The_first_Next_runs_through_the_outer_into_the_inner()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    Log.Add("outer begins");
                    co.YieldFrom(Inner());
                    Log.Add("outer ends");
                }

                [Coroutine]
                public static partial void Inner(Co<int> co)
                {
                    Log.Add("inner begins");
                    co.Yield(7);
                    Log.Add("inner ends");
                }
                """);
            foreach (var v in sample.Make<Generator<int>>("Outer")) sample.Log.Add($"got {v}");
            Assert.Equal(new[] { "outer begins", "inner begins", "got 7", "inner ends", "outer ends" }, sample.Log);
        }

        // Python:
        //   trace = []
        //   def outer():
        //       try:
        //           trace.append("outer begins")
        //           yield from inner()
        //       finally:
        //           trace.append("outer finally")
        //   def inner():
        //       try:
        //           trace.append("inner begins")
        //           raise ValueError("inner failed")
        //           yield 1
        //       finally:
        //           trace.append("inner finally")
        //   g = outer()
        //   try:
        //       for v in g:
        //           trace.append("got %s" % v)
        //   except ValueError as e:
        //       trace.append("caught %s" % e)
        //   import inspect
        //   print(trace, inspect.getgeneratorstate(g))
        [Fact]
        public void An_exception_in_the_inner_before_its_first_yield_runs_both_finally_blocks()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    try
                    {
                        Log.Add("outer begins");
                        co.YieldFrom(Inner());
                    }
                    finally
                    {
                        Log.Add("outer finally");
                    }
                }

                [Coroutine]
                public static partial void Inner(Co<int> co)
                {
                    try
                    {
                        Log.Add("inner begins");
                        Fail(new ArgumentException("inner failed"));
                        co.Yield(1);
                    }
                    finally
                    {
                        Log.Add("inner finally");
                    }
                }
                """);
            var g = sample.Make<Generator<int>>("Outer");
            try
            {
                foreach (var v in g) sample.Log.Add($"got {v}");
            }
            catch (ArgumentException e)
            {
                sample.Log.Add($"caught {e.Message}");
            }
            Assert.Equal(new[] { "outer begins", "inner begins", "inner finally", "outer finally", "caught inner failed" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
        }

        // Python:
        //   trace = []
        //   def outer():
        //       trace.append("outer begins")
        //       yield "outer first"
        //       yield from inner()
        //       yield "outer last"
        //       trace.append("outer ends")
        //   def inner():
        //       trace.append("inner begins")
        //       yield "inner first"
        //       yield "inner second"
        //       trace.append("inner ends")
        //   for v in outer():
        //       trace.append("got %s" % v)
        //   print(trace)
        [Fact]
        public void Next_is_passed_to_the_inner_until_it_finishes_then_the_outer_continues()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<string> co)
                {
                    Log.Add("outer begins");
                    co.Yield("outer first");
                    co.YieldFrom(Inner());
                    co.Yield("outer last");
                    Log.Add("outer ends");
                }

                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    Log.Add("inner begins");
                    co.Yield("inner first");
                    co.Yield("inner second");
                    Log.Add("inner ends");
                }
                """);
            foreach (var v in sample.Make<Generator<string>>("Outer")) sample.Log.Add($"got {v}");
            Assert.Equal(new[]
            {
                "outer begins", "got outer first", "inner begins", "got inner first", "got inner second",
                "inner ends", "got outer last", "outer ends",
            }, sample.Log);
        }

        // Python:
        //   trace = []
        //   def outer():
        //       try:
        //           trace.append("outer begins")
        //           yield "outer first"
        //           yield from inner()
        //           yield "outer last"
        //       finally:
        //           trace.append("outer finally")
        //   def inner():
        //       try:
        //           trace.append("inner begins")
        //           yield "inner first"
        //           raise ValueError("inner failed")
        //           yield "inner second"
        //       finally:
        //           trace.append("inner finally")
        //   try:
        //       for v in outer():
        //           trace.append("got %s" % v)
        //   except ValueError as e:
        //       trace.append("caught %s" % e)
        //   print(trace)
        [Fact]
        public void An_exception_in_the_inner_after_a_yield_unwinds_inner_then_outer()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<string> co)
                {
                    try
                    {
                        Log.Add("outer begins");
                        co.Yield("outer first");
                        co.YieldFrom(Inner());
                        co.Yield("outer last");
                    }
                    finally
                    {
                        Log.Add("outer finally");
                    }
                }

                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    try
                    {
                        Log.Add("inner begins");
                        co.Yield("inner first");
                        Fail(new ArgumentException("inner failed"));
                        co.Yield("inner second");
                    }
                    finally
                    {
                        Log.Add("inner finally");
                    }
                }
                """);
            try
            {
                foreach (var v in sample.Make<Generator<string>>("Outer")) sample.Log.Add($"got {v}");
            }
            catch (ArgumentException e)
            {
                sample.Log.Add($"caught {e.Message}");
            }
            Assert.Equal(new[]
            {
                "outer begins", "got outer first", "inner begins", "got inner first", "inner finally", "outer finally", "caught inner failed",
            }, sample.Log);
        }

        // Python:
        //   trace = []
        //   def outer():
        //       try:
        //           yield from inner()
        //       except ValueError as e:
        //           trace.append("outer caught %s" % e)
        //       yield "outer after"
        //       raise ValueError("outer failed")
        //   def inner():
        //       yield "inner first"
        //       raise ValueError("inner failed")
        //   g = outer()
        //   trace.append(next(g))
        //   trace.append(next(g))
        //   try:
        //       next(g)
        //   except ValueError as e:
        //       trace.append("caught %s" % e)
        //   import inspect
        //   print(trace, inspect.getgeneratorstate(g))
        [Fact]
        public void An_exception_from_the_inner_can_be_caught_by_the_outer_and_the_outer_can_raise_its_own()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<string> co)
                {
                    try
                    {
                        co.YieldFrom(Inner());
                    }
                    catch (ArgumentException e)
                    {
                        Log.Add($"outer caught {e.Message}");
                    }
                    co.Yield("outer after");
                    Fail(new ArgumentException("outer failed"));
                }

                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    co.Yield("inner first");
                    Fail(new ArgumentException("inner failed"));
                }
                """);
            var g = sample.Make<Generator<string>>("Outer");
            sample.Log.Add(g.Next());
            sample.Log.Add(g.Next());
            var e = Assert.Throws<ArgumentException>(() => g.Next());
            sample.Log.Add($"caught {e.Message}");
            Assert.Equal(new[] { "inner first", "outer caught inner failed", "outer after", "caught outer failed" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
        }

        // Python:
        //   trace = []
        //   def outer():
        //       trace.append("outer begins")
        //       x = yield "outer first"
        //       trace.append("outer received %s" % x)
        //       yield from inner()
        //       x = yield "outer last"
        //       trace.append("outer received %s" % x)
        //       trace.append("outer ends")
        //   def inner():
        //       trace.append("inner begins")
        //       x = yield "inner first"
        //       trace.append("inner received %s" % x)
        //       x = yield "inner second"
        //       trace.append("inner received %s" % x)
        //       trace.append("inner ends")
        //   g = outer()
        //   trace.append("primed with %s" % next(g))
        //   n = 10
        //   try:
        //       while True:
        //           trace.append("got %s" % g.send(n))
        //           n += 10
        //   except StopIteration:
        //       trace.append("stopped")
        //   print(trace)
        [Fact]
        public void Send_is_passed_to_the_inner_and_the_outer_receives_again_afterwards()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<string, int> co)
                {
                    Log.Add("outer begins");
                    int x = co.Yield("outer first");
                    Log.Add($"outer received {x}");
                    co.YieldFrom(Inner());
                    x = co.Yield("outer last");
                    Log.Add($"outer received {x}");
                    Log.Add("outer ends");
                }

                [Coroutine]
                public static partial void Inner(Co<string, int> co)
                {
                    Log.Add("inner begins");
                    int x = co.Yield("inner first");
                    Log.Add($"inner received {x}");
                    x = co.Yield("inner second");
                    Log.Add($"inner received {x}");
                    Log.Add("inner ends");
                }
                """);
            var g = sample.Make<Generator<string, int, Unit>>("Outer");
            sample.Log.Add($"primed with {g.Next()}");
            int n = 10;
            try
            {
                while (true)
                {
                    sample.Log.Add($"got {g.Send(n)}");
                    n += 10;
                }
            }
            catch (StopIterationException)
            {
                sample.Log.Add("stopped");
            }
            Assert.Equal(new[]
            {
                "outer begins", "primed with outer first", "outer received 10", "inner begins", "got inner first",
                "inner received 20", "got inner second", "inner received 30", "inner ends", "got outer last",
                "outer received 40", "outer ends", "stopped",
            }, sample.Log);
        }

        // Python:
        //   trace = []
        //   def outer():
        //       trace.append("outer begins")
        //       x = yield "outer first"
        //       trace.append("outer received %s" % x)
        //       yield from inner()
        //       x = yield "outer last"
        //       trace.append("outer received %s" % x)
        //   def inner():
        //       trace.append("inner begins")
        //       x = yield "inner first"
        //       trace.append("inner received %s" % x)
        //       raise ValueError("inner rejects %s" % x)
        //       yield "inner second"
        //   g = outer()
        //   next(g)
        //   n = 10
        //   try:
        //       while True:
        //           trace.append("got %s" % g.send(n))
        //           n += 10
        //   except ValueError as e:
        //       trace.append("caught %s" % e)
        //   print(trace)
        [Fact]
        public void An_exception_raised_by_the_inner_on_Send_comes_out_of_Send()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<string, int> co)
                {
                    Log.Add("outer begins");
                    int x = co.Yield("outer first");
                    Log.Add($"outer received {x}");
                    co.YieldFrom(Inner());
                    x = co.Yield("outer last");
                    Log.Add($"outer received {x}");
                }

                [Coroutine]
                public static partial void Inner(Co<string, int> co)
                {
                    Log.Add("inner begins");
                    int x = co.Yield("inner first");
                    Log.Add($"inner received {x}");
                    Fail(new ArgumentException($"inner rejects {x}"));
                    co.Yield("inner second");
                }
                """);
            var g = sample.Make<Generator<string, int, Unit>>("Outer");
            g.Next();
            int n = 10;
            try
            {
                while (true)
                {
                    sample.Log.Add($"got {g.Send(n)}");
                    n += 10;
                }
            }
            catch (ArgumentException e)
            {
                sample.Log.Add($"caught {e.Message}");
            }
            Assert.Equal(new[]
            {
                "outer begins", "outer received 10", "inner begins", "got inner first", "inner received 20", "caught inner rejects 20",
            }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
        }

        // Python:
        //   import inspect
        //   trace = []
        //   def outer():
        //       try:
        //           trace.append("outer begins")
        //           yield "outer first"
        //           yield from inner()
        //           yield "outer last"
        //       finally:
        //           trace.append("outer finally")
        //   def inner():
        //       try:
        //           trace.append("inner begins")
        //           yield "inner first"
        //           yield "inner second"
        //       finally:
        //           trace.append("inner finally")
        //   g = outer()
        //   for _ in range(2):
        //       trace.append("got %s" % next(g))
        //   g.close()
        //   print(trace, inspect.getgeneratorstate(g))
        [Fact]
        public void Close_closes_the_inner_first_so_its_finally_runs_before_the_outers()
        {
            var sample = YieldFromSample.Compile(CloseSample("""Log.Add("inner finally");"""));
            var g = sample.Make<Generator<string>>("Outer");
            for (int i = 0; i < 2; i++) sample.Log.Add($"got {g.Next()}");
            g.Close();
            Assert.Equal(new[] { "outer begins", "got outer first", "inner begins", "got inner first", "inner finally", "outer finally" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
        }

        // Python:
        //   trace = []
        //   def outer():
        //       try:
        //           trace.append("outer begins")
        //           yield "outer first"
        //           yield from inner()
        //           yield "outer last"
        //       finally:
        //           trace.append("outer finally")
        //   def inner():
        //       try:
        //           trace.append("inner begins")
        //           yield "inner first"
        //           yield "inner second"
        //       finally:
        //           trace.append("inner finally")
        //           raise ValueError("inner cleanup failed")
        //   g = outer()
        //   for _ in range(2):
        //       trace.append("got %s" % next(g))
        //   try:
        //       g.close()
        //   except ValueError as e:
        //       trace.append("caught %s" % e)
        //   print(trace)
        [Fact]
        public void An_exception_from_the_inners_finally_during_Close_unwinds_the_outer_and_comes_out_of_Close()
        {
            var sample = YieldFromSample.Compile(CloseSample("""
                Log.Add("inner finally");
                Fail(new ArgumentException("inner cleanup failed"));
                """));
            var g = sample.Make<Generator<string>>("Outer");
            for (int i = 0; i < 2; i++) sample.Log.Add($"got {g.Next()}");
            var e = Assert.Throws<ArgumentException>(() => g.Close());
            sample.Log.Add($"caught {e.Message}");
            Assert.Equal(new[]
            {
                "outer begins", "got outer first", "inner begins", "got inner first", "inner finally", "outer finally", "caught inner cleanup failed",
            }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
        }

        // Python:
        //   trace = []
        //   def outer():
        //       try:
        //           trace.append("outer begins")
        //           yield "outer first"
        //           yield from inner()
        //           yield "outer last"
        //       finally:
        //           trace.append("outer finally")
        //   def inner():
        //       try:
        //           trace.append("inner begins")
        //           yield "inner first"
        //           yield "inner second"
        //       finally:
        //           trace.append("inner finally")
        //   g = outer()
        //   for _ in range(2):
        //       trace.append("got %s" % next(g))
        //   thrown = ValueError("thrown in")
        //   try:
        //       g.throw(thrown)
        //   except ValueError as e:
        //       trace.append("caught %s, same object: %s" % (e, e is thrown))
        //   print(trace)
        [Fact]
        public void Throw_is_raised_in_the_inner_and_propagates_through_the_outer()
        {
            var sample = YieldFromSample.Compile(CloseSample("""Log.Add("inner finally");"""));
            var g = sample.Make<Generator<string>>("Outer");
            for (int i = 0; i < 2; i++) sample.Log.Add($"got {g.Next()}");
            var thrown = new ArgumentException("thrown in");
            var e = Assert.Throws<ArgumentException>(() => g.Throw(thrown));
            sample.Log.Add($"caught {e.Message}, same object: {(ReferenceEquals(e, thrown) ? "True" : "False")}");
            Assert.Equal(new[]
            {
                "outer begins", "got outer first", "inner begins", "got inner first", "inner finally", "outer finally",
                "caught thrown in, same object: True",
            }, sample.Log);
        }

        // Python:
        //   trace = []
        //   class Spill(Exception):
        //       pass
        //   def outer():
        //       try:
        //           trace.append("outer begins")
        //           yield "outer first"
        //           yield from inner()
        //           yield "outer last"
        //       finally:
        //           trace.append("outer finally")
        //   def inner():
        //       try:
        //           trace.append("inner begins")
        //           yield "inner first"
        //           yield "inner second"
        //       except Spill as e:
        //           trace.append("inner caught %s" % e)
        //           yield "inner recovering"
        //           yield "inner recovered"
        //   g = outer()
        //   for _ in range(2):
        //       trace.append("got %s" % next(g))
        //   trace.append("throw gave %s" % g.throw(Spill("a spill")))
        //   for v in g:
        //       trace.append("got %s" % v)
        //   print(trace)
        [Fact]
        public void An_inner_that_handles_a_thrown_exception_goes_on_yielding_to_the_outers_caller()
        {
            var sample = YieldFromSample.Compile("""
                public sealed class Spill : Exception
                {
                    public Spill(string message) : base(message) { }
                }

                [Coroutine]
                public static partial void Outer(Co<string> co)
                {
                    try
                    {
                        Log.Add("outer begins");
                        co.Yield("outer first");
                        co.YieldFrom(Inner());
                        co.Yield("outer last");
                    }
                    finally
                    {
                        Log.Add("outer finally");
                    }
                }

                [Coroutine]
                public static partial void Inner(Co<string> co)
                {
                    try
                    {
                        Log.Add("inner begins");
                        co.Yield("inner first");
                        co.Yield("inner second");
                    }
                    catch (Spill e)
                    {
                        Log.Add($"inner caught {e.Message}");
                        co.Yield("inner recovering");
                        co.Yield("inner recovered");
                    }
                }
                """);
            var g = sample.Make<Generator<string>>("Outer");
            for (int i = 0; i < 2; i++) sample.Log.Add($"got {g.Next()}");
            sample.Log.Add($"throw gave {g.Throw(sample.New<Exception>("Spill", "a spill"))}");
            foreach (var v in g) sample.Log.Add($"got {v}");
            Assert.Equal(new[]
            {
                "outer begins", "got outer first", "inner begins", "got inner first", "inner caught a spill",
                "throw gave inner recovering", "got inner recovered", "got outer last", "outer finally",
            }, sample.Log);
        }

        // Python:
        //   import inspect
        //   trace = []
        //   def outer(zero):
        //       trace.append("outer about to delegate")
        //       yield from inner(zero)
        //       trace.append("not reached")
        //   def inner(zero):
        //       yield 10 // zero
        //   g = outer(0)
        //   try:
        //       next(g)
        //   except ZeroDivisionError:
        //       trace.append("division by zero")
        //   print(trace, inspect.getgeneratorstate(g))
        [Fact]
        public void An_exception_computing_the_inners_first_yielded_value_comes_out_of_the_first_Next()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int> co, int zero)
                {
                    Log.Add("outer about to delegate");
                    co.YieldFrom(Inner(zero));
                    Log.Add("not reached");
                }

                [Coroutine]
                public static partial void Inner(Co<int> co, int zero)
                {
                    co.Yield(10 / zero);
                }
                """);
            var g = sample.Make<Generator<int>>("Outer", 0);
            Assert.Throws<DivideByZeroException>(() => g.Next());
            sample.Log.Add("division by zero");
            Assert.Equal(new[] { "outer about to delegate", "division by zero" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
        }

        // Python:
        //   trace = []
        //   def inner():
        //       yield 1
        //       raise StopIteration("from inner")
        //   def outer():
        //       try:
        //           yield from inner()
        //       except RuntimeError as e:
        //           trace.append("outer caught: %s (caused by StopIteration: %s)" % (e, isinstance(e.__cause__, StopIteration)))
        //       yield 2
        //   trace.append(list(outer()))
        //   print(trace)
        [Fact]
        public void A_StopIteration_raised_in_the_inner_reaches_the_outer_as_generator_raised_StopIteration()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Inner(Co<int> co)
                {
                    co.Yield(1);
                    Fail(new StopIterationException("from inner"));
                }

                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    try
                    {
                        co.YieldFrom(Inner());
                    }
                    catch (InvalidOperationException e)
                    {
                        Log.Add($"outer caught: {e.Message} (caused by StopIteration: {Repr(e.InnerException is StopIterationException)})");
                    }
                    co.Yield(2);
                }
                """);
            Assert.Equal(new[] { 1, 2 }, sample.Make<Generator<int>>("Outer"));
            Assert.Equal(new[] { "outer caught: generator raised StopIteration (caused by StopIteration: True)" }, sample.Log);
        }

        /// <summary>An outer and an inner generator, both with finally blocks; <paramref name="innerFinally"/> is the inner's.</summary>
        private static string CloseSample(string innerFinally) => """
            [Coroutine]
            public static partial void Outer(Co<string> co)
            {
                try
                {
                    Log.Add("outer begins");
                    co.Yield("outer first");
                    co.YieldFrom(Inner());
                    co.Yield("outer last");
                }
                finally
                {
                    Log.Add("outer finally");
                }
            }

            [Coroutine]
            public static partial void Inner(Co<string> co)
            {
                try
                {
                    Log.Add("inner begins");
                    co.Yield("inner first");
                    co.Yield("inner second");
                }
                finally
                {
            """ + innerFinally + """

                }
            }
            """;
    }
}
