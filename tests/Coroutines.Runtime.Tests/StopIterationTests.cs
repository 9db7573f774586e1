using System;
using System.Collections.Generic;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary>The end of a coroutine: StopIteration, its value, Result, the non-throwing forms, and PEP 479.</summary>
    public class StopIterationTests
    {
        // g = countdown(1); next(g); next(g) -> StopIteration, value None (here Unit)
        [Fact]
        public void Next_at_end_throws_StopIteration_carrying_Unit_when_nothing_is_returned()
        {
            var gen = new Countdown(1);
            Assert.Equal(1, gen.Next());

            var stop = Assert.Throws<StopIterationException>(() => gen.Next());
            Assert.Equal(Unit.Value, stop.Value);
            Assert.IsType<Unit>(stop.Value);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // r = recorder(2); next(r); r.send(5); r.send(6) -> StopIteration(2)
        [Fact]
        public void StopIteration_carries_boxed_return_value()
        {
            var gen = new SendRecorder<int>(2);
            gen.Next();
            gen.Send(5);

            var stop = Assert.Throws<StopIterationException>(() => gen.Send(6));
            Assert.Equal(2, Assert.IsType<int>(stop.Value));
            Assert.Equal(2, gen.Result);
            Assert.Equal(new[] { 5, 6 }, gen.Received);
        }

        [Fact]
        public void StopIterationException_public_constructor_carries_Unit()
        {
            Assert.Equal(Unit.Value, new StopIterationException().Value);
            Assert.Equal("x", new StopIterationException("x").Value);
            Assert.IsAssignableFrom<InvalidOperationException>(new StopIterationException());
        }

        [Fact]
        public void Result_is_default_before_the_body_returns()
        {
            var gen = new SendRecorder<int>(1);
            Assert.Equal(0, gen.Result);
            gen.Next();
            Assert.Equal(0, gen.Result);
            Assert.False(gen.TrySend(3, out _));
            Assert.Equal(1, gen.Result);
        }

        [Fact]
        public void TryNext_and_TrySend_return_false_at_end()
        {
            var gen = new SendRecorder<string>(2);

            Assert.True(gen.TryNext(out var first));
            Assert.Equal(1, first);
            Assert.True(gen.TrySend("a", out var second));
            Assert.Equal(2, second);
            Assert.False(gen.TrySend("b", out _));
            Assert.Equal(2, gen.Result);
            Assert.False(gen.TryNext(out _));
            Assert.False(gen.TrySend("c"));
            Assert.Equal(new[] { "a", "b" }, gen.Received);
        }

        [Fact]
        public void MoveNext_returns_false_at_end()
        {
            var gen = new Countdown(2);

            Assert.True(gen.MoveNext());
            Assert.Equal(2, gen.Current);
            Assert.True(gen.MoveNext());
            Assert.Equal(1, gen.Current);
            Assert.False(gen.MoveNext());
            Assert.False(gen.MoveNext());
        }

        // g = countdown(1); list(g); next(g) -> StopIteration again; the body does not run again
        [Fact]
        public void Exhausted_stays_exhausted()
        {
            var log = new List<string>();
            var gen = new Countdown(1, log);
            Assert.Equal(1, gen.Next());
            Assert.Throws<StopIterationException>(() => gen.Next());

            Assert.Throws<StopIterationException>(() => gen.Next());
            Assert.False(gen.TryNext(out _));
            Assert.False(gen.MoveNext());
            Assert.Throws<StopIterationException>(() => gen.Send(Unit.Value));
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Equal(new[] { "starting countdown", "done" }, log);
        }

        // def raises_stop_iteration(): yield 1; raise StopIteration("from body")
        // next(g); next(g) -> RuntimeError("generator raised StopIteration"), __cause__ is the StopIteration
        [Fact]
        public void StopIteration_escaping_body_becomes_InvalidOperation_with_inner()
        {
            var gen = new RaisesStopIteration();
            Assert.Equal(1, gen.Next());

            var e = Assert.Throws<InvalidOperationException>(() => gen.Next());
            Assert.Equal("generator raised StopIteration", e.Message);
            var inner = Assert.IsType<StopIterationException>(e.InnerException);
            Assert.Equal("from body", inner.Value);
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Throws<StopIterationException>(() => gen.Next());
        }

        // g = countdown(3); next(g); g.throw(StopIteration("x")) -> RuntimeError("generator raised StopIteration")
        [Fact]
        public void StopIteration_thrown_in_and_not_caught_becomes_InvalidOperation_with_inner()
        {
            var gen = new Countdown(3);
            gen.Next();
            var thrown = new StopIterationException("x");

            var e = Assert.Throws<InvalidOperationException>(() => gen.Throw(thrown));
            Assert.Equal("generator raised StopIteration", e.Message);
            Assert.Same(thrown, e.InnerException);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        [Fact]
        public void Result_stays_default_when_the_body_throws()
        {
            var log = new List<string>();
            var gen = new ReturnsOnGeneratorExit(log);
            gen.Next();

            Assert.Throws<ArgumentException>(() => gen.Throw(new ArgumentException("boom")));
            Assert.Null(gen.Result);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }
    }
}
