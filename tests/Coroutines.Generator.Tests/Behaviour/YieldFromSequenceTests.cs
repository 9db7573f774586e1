using System;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// <c>co.YieldFrom(sequence)</c> over plain sequences (a list, an array, a C# iterator, LINQ), and over an
    /// <see cref="IGenerator{TYield, TSend}"/> written by hand rather than generated. A plain sequence can only be
    /// advanced: <c>Next</c> and <c>Send(default)</c> advance it, any other sent value raises
    /// <see cref="NotSupportedException"/> at the outer's <c>YieldFrom</c> (CPython: AttributeError, no 'send'), and
    /// <c>Throw</c>/<c>Close</c> dispose its enumerator before raising in the outer (DESIGN section 1).
    /// Each test's comment holds the Python program whose output it expects; ValueError is ArgumentException here.
    /// </summary>
    public class YieldFromSequenceTests
    {
        // Python:
        //   def numbers():
        //       yield 10
        //       yield 20
        //   def outer():
        //       yield from [1, 2]
        //       yield from (3, 4)
        //       yield from numbers()
        //       yield from range(5, 7)
        //   print(list(outer()))
        [Fact]
        public void A_list_an_array_an_iterator_and_a_range_are_yielded_item_by_item()
        {
            var sample = YieldFromSample.Compile("""
                public static IEnumerable<int> Numbers()
                {
                    yield return 10;
                    yield return 20;
                }

                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    co.YieldFrom(new List<int> { 1, 2 });
                    co.YieldFrom(new[] { 3, 4 });
                    co.YieldFrom(Numbers());
                    co.YieldFrom(Enumerable.Range(5, 2));
                }
                """);
            Assert.Equal(new[] { 1, 2, 3, 4, 10, 20, 5, 6 }, sample.Make<Generator<int>>("Outer"));
        }

        // Python:
        //   def outer():
        //       yield from ()
        //   try:
        //       next(outer())
        //   except StopIteration as e:
        //       print("stopped at once, value", e.value)
        [Fact]
        public void An_empty_sequence_yields_nothing()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    co.YieldFrom(Array.Empty<int>());
                }
                """);
            var g = sample.Make<Generator<int>>("Outer");
            var e = Assert.Throws<StopIterationException>(() => g.Next());
            Assert.Equal(Unit.Value, e.Value);
            Assert.Equal(CoroutineState.Closed, g.State);
        }

        // Python:
        //   def outer():
        //       yield from range(3)
        //   g = outer()
        //   print([g.send(None) for _ in range(3)])
        [Fact]
        public void Send_of_null_advances_the_sequence_as_Next_does()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int, string?> co)
                {
                    co.YieldFrom(Enumerable.Range(0, 3));
                }
                """);
            var g = sample.Make<Generator<int, string?, Unit>>("Outer");
            Assert.Equal(new[] { 0, 1, 2 }, new[] { g.Send(null), g.Send(null), g.Send(null) });
        }

        // No CPython counterpart: CPython refuses every send but send(None) to a plain iterator, and a value type has
        // no None, so here default(TSend) counts as "nothing sent" (DESIGN section 1):
        //   def outer():
        //       yield from range(3)
        //   g = outer()
        //   print(next(g))
        //   try:
        //       g.send(0)
        //   except AttributeError:
        //       print("CPython refuses send(0); here Send(0) advances")
        [Fact]
        public void Send_of_a_value_types_default_advances_the_sequence()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int, int> co)
                {
                    co.YieldFrom(Enumerable.Range(0, 3));
                }
                """);
            var g = sample.Make<Generator<int, int, Unit>>("Outer");
            Assert.Equal(new[] { 0, 1, 2 }, new[] { g.Next(), g.Send(0), g.Send(0) });
        }

        // Python:
        //   trace = []
        //   def outer():
        //       try:
        //           trace.append("outer begins")
        //           yield from [1, 2, 3]
        //           trace.append("not reached")
        //       except AttributeError:
        //           trace.append("outer caught the refused send")
        //       yield 99
        //       trace.append("outer ends")
        //   g = outer()
        //   trace.append("got %s" % next(g))
        //   trace.append("got %s" % g.send(42))
        //   for v in g:
        //       trace.append("got %s" % v)
        //   print(trace)
        [Fact]
        public void Send_of_another_value_raises_NotSupportedException_at_the_YieldFrom_where_the_outer_can_catch_it()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int, int> co)
                {
                    try
                    {
                        Log.Add("outer begins");
                        co.YieldFrom(new List<int> { 1, 2, 3 });
                        Log.Add("not reached");
                    }
                    catch (NotSupportedException)
                    {
                        Log.Add("outer caught the refused send");
                    }
                    co.Yield(99);
                    Log.Add("outer ends");
                }
                """);
            var g = sample.Make<Generator<int, int, Unit>>("Outer");
            sample.Log.Add($"got {g.Next()}");
            sample.Log.Add($"got {g.Send(42)}");
            foreach (var v in g) sample.Log.Add($"got {v}");
            Assert.Equal(new[] { "outer begins", "got 1", "outer caught the refused send", "got 99", "outer ends" }, sample.Log);
        }

        // Python:
        //   import inspect
        //   trace = []
        //   def outer():
        //       try:
        //           trace.append("outer begins")
        //           yield from range(3)
        //           trace.append("not reached")
        //       finally:
        //           trace.append("outer finally")
        //   g = outer()
        //   next(g)
        //   try:
        //       g.send(42)
        //       trace.append("not reached")
        //   except AttributeError as e:
        //       trace.append("send refused")
        //   print(trace, inspect.getgeneratorstate(g))
        [Fact]
        public void Send_of_another_value_that_the_outer_does_not_catch_comes_out_of_Send()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int, int> co)
                {
                    try
                    {
                        Log.Add("outer begins");
                        co.YieldFrom(Enumerable.Range(0, 3));
                        Log.Add("not reached");
                    }
                    finally
                    {
                        Log.Add("outer finally");
                    }
                }
                """);
            var g = sample.Make<Generator<int, int, Unit>>("Outer");
            g.Next();
            var e = Assert.Throws<NotSupportedException>(() => g.Send(42));
            Assert.Contains("42", e.Message);
            sample.Log.Add("send refused");
            Assert.Equal(new[] { "outer begins", "outer finally", "send refused" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
        }

        // Python:
        //   trace = []
        //   def outer():
        //       try:
        //           trace.append("outer begins")
        //           yield from range(3)
        //           trace.append("not reached")
        //       finally:
        //           trace.append("outer finally")
        //   g = outer()
        //   next(g)
        //   g.close()
        //   trace.append("closed")
        //   print(trace)
        [Fact]
        public void Close_while_delegating_to_a_sequence_runs_the_outers_finally_quietly()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    try
                    {
                        Log.Add("outer begins");
                        co.YieldFrom(Enumerable.Range(0, 3));
                        Log.Add("not reached");
                    }
                    finally
                    {
                        Log.Add("outer finally");
                    }
                }
                """);
            var g = sample.Make<Generator<int>>("Outer");
            g.Next();
            g.Close();
            sample.Log.Add("closed");
            Assert.Equal(new[] { "outer begins", "outer finally", "closed" }, sample.Log);
            Assert.Equal(CoroutineState.Closed, g.State);
        }

        // Python:
        //   trace = []
        //   def outer():
        //       try:
        //           trace.append("outer begins")
        //           yield from range(10)
        //       finally:
        //           trace.append("outer finally")
        //   g = outer()
        //   for _ in range(5):
        //       trace.append("got %s" % next(g))
        //   thrown = ValueError("thrown in")
        //   try:
        //       g.throw(thrown)
        //   except ValueError as e:
        //       trace.append("caught %s, same object: %s" % (e, e is thrown))
        //   print(trace)
        [Fact]
        public void Throw_while_delegating_to_a_sequence_is_raised_in_the_outer()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    try
                    {
                        Log.Add("outer begins");
                        co.YieldFrom(Enumerable.Range(0, 10));
                    }
                    finally
                    {
                        Log.Add("outer finally");
                    }
                }
                """);
            var g = sample.Make<Generator<int>>("Outer");
            for (int i = 0; i < 5; i++) sample.Log.Add($"got {g.Next()}");
            var thrown = new ArgumentException("thrown in");
            var e = Assert.Throws<ArgumentException>(() => g.Throw(thrown));
            sample.Log.Add($"caught {e.Message}, same object: {(ReferenceEquals(e, thrown) ? "True" : "False")}");
            Assert.Equal(new[]
            {
                "outer begins", "got 0", "got 1", "got 2", "got 3", "got 4", "outer finally", "caught thrown in, same object: True",
            }, sample.Log);
        }

        // Python (a generator stands for the C# iterator: close() closes it, and its finally runs first):
        //   trace = []
        //   def numbers():
        //       try:
        //           yield 1
        //           yield 2
        //       finally:
        //           trace.append("numbers finally")
        //   def outer():
        //       try:
        //           yield from numbers()
        //       finally:
        //           trace.append("outer finally")
        //   g = outer()
        //   next(g)
        //   g.close()
        //   print(trace)
        [Fact]
        public void Close_disposes_a_CSharp_iterator_before_the_outers_finally_runs()
        {
            var sample = YieldFromSample.Compile(DisposableNumbersSample);
            var g = sample.Make<Generator<int, int, Unit>>("Outer");
            g.Next();
            g.Close();
            Assert.Equal(new[] { "numbers finally", "outer finally" }, sample.Log);
        }

        // No CPython counterpart: CPython throws into a generator (which may catch it) and leaves a plain iterator
        // alone. A C# iterator cannot be thrown into nor sent to, so the runtime disposes it (its finally runs) and
        // raises the exception at the outer's YieldFrom (DESIGN section 1).
        [Fact]
        public void Throw_and_a_refused_Send_dispose_a_CSharp_iterator_before_raising_in_the_outer()
        {
            var sample = YieldFromSample.Compile(DisposableNumbersSample);
            var thrown = sample.Make<Generator<int, int, Unit>>("Outer");
            thrown.Next();
            Assert.Throws<ArgumentException>(() => thrown.Throw(new ArgumentException("thrown in")));
            Assert.Equal(new[] { "numbers finally", "outer caught ArgumentException", "outer finally" }, sample.Log);

            sample.Log.Clear();
            var sent = sample.Make<Generator<int, int, Unit>>("Outer");
            sent.Next();
            Assert.Throws<NotSupportedException>(() => sent.Send(5));
            Assert.Equal(new[] { "numbers finally", "outer caught NotSupportedException", "outer finally" }, sample.Log);
        }

        // Python:
        //   trace = []
        //   class Recorder:
        //       def __init__(self, limit):
        //           self.count = 0
        //           self.limit = limit
        //       def __iter__(self):
        //           return self
        //       def __next__(self):
        //           return self.send(None)
        //       def send(self, value):
        //           if value is not None:
        //               trace.append("recorder received %s" % value)
        //           if self.count == self.limit:
        //               raise StopIteration("recorder done")
        //           self.count += 1
        //           return self.count * 100
        //       def throw(self, e, *rest):
        //           trace.append("recorder got %s" % e)
        //           return -1
        //       def close(self):
        //           trace.append("recorder closed")
        //   def outer(rec):
        //       r = yield from rec
        //       trace.append("outer got %s" % r)
        //       yield 0
        //   rec = Recorder(3)
        //   g = outer(rec)
        //   trace.append("yielded %s" % next(g))
        //   trace.append("delegate is the recorder: %s" % (g.gi_yieldfrom is rec))
        //   trace.append("yielded %s" % g.send(7))
        //   trace.append("yielded %s" % g.throw(ValueError("oops")))
        //   trace.append("yielded %s" % g.send(8))
        //   trace.append("yielded %s" % g.send(9))
        //   trace.append("delegate after: %s" % g.gi_yieldfrom)
        //   g = outer(Recorder(3))
        //   next(g)
        //   g.close()
        //   print(trace)
        [Fact]
        public void A_hand_written_generator_receives_Next_Send_Throw_and_Close_and_returns_its_result()
        {
            var sample = YieldFromSample.Compile(RecorderSample);
            var rec = sample.New<object>("Recorder", 3);
            var g = sample.Make<Generator<int, int, Unit>>("Outer", rec);
            sample.Log.Add($"yielded {g.Next()}");
            sample.Log.Add($"delegate is the recorder: {sample.Repr(ReferenceEquals(g.Delegate, rec))}");
            sample.Log.Add($"yielded {g.Send(7)}");
            sample.Log.Add($"yielded {g.Throw(new ArgumentException("oops"))}");
            sample.Log.Add($"yielded {g.Send(8)}");
            sample.Log.Add($"yielded {g.Send(9)}");
            sample.Log.Add($"delegate after: {sample.Repr(g.Delegate)}");
            g = sample.Make<Generator<int, int, Unit>>("Outer", sample.New<object>("Recorder", 3));
            g.Next();
            g.Close();
            Assert.Equal(new[]
            {
                "yielded 100", "delegate is the recorder: True", "recorder received 7", "yielded 200", "recorder got oops", "yielded -1",
                "recorder received 8", "yielded 300", "recorder received 9", "outer got recorder done", "yielded 0", "delegate after: None",
                "recorder closed",
            }, sample.Log);
        }

        // Python (the Recorder class of the test above):
        //   trace = []
        //   class Recorder:
        //       def __init__(self, limit):
        //           self.count = 0
        //           self.limit = limit
        //       def __iter__(self):
        //           return self
        //       def __next__(self):
        //           return self.send(None)
        //       def send(self, value):
        //           if self.count == self.limit:
        //               raise StopIteration("recorder done")
        //           self.count += 1
        //           return self.count * 100
        //   def outer(rec):
        //       r = yield from rec
        //       trace.append("outer got %s" % r)
        //       yield 0
        //   print(list(outer(Recorder(0))), trace)
        [Fact]
        public void A_hand_written_generator_that_finishes_at_once_gives_its_result_to_the_outer()
        {
            var sample = YieldFromSample.Compile(RecorderSample);
            var g = sample.Make<Generator<int, int, Unit>>("Outer", sample.New<object>("Recorder", 0));
            Assert.Equal(new[] { 0 }, g);
            Assert.Equal(new[] { "outer got recorder done" }, sample.Log);
        }

        // Python:
        //   def outer():
        //       yield from range(2)
        //       yield 99
        //   g = outer()
        //   print(g.gi_yieldfrom)
        //   next(g)
        //   print(type(g.gi_yieldfrom).__name__)
        //   next(g)
        //   next(g)
        //   print(g.gi_yieldfrom)
        [Fact]
        public void Delegate_is_set_while_delegating_to_a_sequence_and_cleared_afterwards()
        {
            var sample = YieldFromSample.Compile("""
                [Coroutine]
                public static partial void Outer(Co<int> co)
                {
                    co.YieldFrom(Enumerable.Range(0, 2));
                    co.Yield(99);
                }
                """);
            var g = sample.Make<Generator<int>>("Outer");
            Assert.Null(g.Delegate);
            g.Next();
            Assert.NotNull(g.Delegate);
            Assert.Equal(CoroutineState.Suspended, g.Delegate!.State);
            g.Next();
            Assert.Equal(99, g.Next());
            Assert.Null(g.Delegate);
        }

        private const string DisposableNumbersSample = """
            public static IEnumerable<int> Numbers()
            {
                try
                {
                    yield return 1;
                    yield return 2;
                }
                finally
                {
                    Log.Add("numbers finally");
                }
            }

            [Coroutine]
            public static partial void Outer(Co<int, int> co)
            {
                try
                {
                    co.YieldFrom(Numbers());
                }
                catch (ArgumentException)
                {
                    Log.Add("outer caught ArgumentException");
                    throw;
                }
                catch (NotSupportedException)
                {
                    Log.Add("outer caught NotSupportedException");
                    throw;
                }
                finally
                {
                    Log.Add("outer finally");
                }
            }
            """;

        private const string RecorderSample = """
            /// <summary>A generator written by hand: yields 100, 200, … up to its limit, then returns "recorder done".</summary>
            public sealed class Recorder : IGenerator<int, int, string>
            {
                private readonly int limit;
                private int count;

                public Recorder(int limit) => this.limit = limit;

                public CoroutineState State { get; private set; }
                public string Result { get; private set; } = "";
                public int Current { get; private set; }
                object System.Collections.IEnumerator.Current => Current;

                public bool MoveNext() => Advance();

                public bool TrySend(int value)
                {
                    Log.Add($"recorder received {value}");
                    return Advance();
                }

                public bool TryThrow(Exception e)
                {
                    Log.Add($"recorder got {e.Message}");
                    Current = -1;
                    return true;
                }

                public void Close()
                {
                    Log.Add("recorder closed");
                    State = CoroutineState.Closed;
                }

                private bool Advance()
                {
                    if (count == limit)
                    {
                        State = CoroutineState.Closed;
                        Result = "recorder done";
                        return false;
                    }
                    count++;
                    Current = count * 100;
                    State = CoroutineState.Suspended;
                    return true;
                }

                public int Next() => MoveNext() ? Current : throw new StopIterationException(Result);
                public int Send(int value) => TrySend(value) ? Current : throw new StopIterationException(Result);
                public int Throw(Exception e) => TryThrow(e) ? Current : throw new StopIterationException(Result);
                public void Reset() => throw new NotSupportedException();
                public void Dispose() => Close();
                public IEnumerator<int> GetEnumerator() => this;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this;
            }

            [Coroutine]
            public static partial void Outer(Co<int, int> co, Recorder rec)
            {
                string r = co.YieldFrom(rec);
                Log.Add($"outer got {r}");
                co.Yield(0);
            }
            """;
    }
}
