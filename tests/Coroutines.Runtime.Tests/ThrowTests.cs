using System;
using System.Collections.Generic;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary><c>gen.throw(e)</c>.</summary>
    public class ThrowTests
    {
        // e = echo(log); next(e); e.throw(ValueError("bad")) == "echo handled bad"; e.send("x") == "echo:x"
        [Fact]
        public void Throw_is_raised_at_the_paused_yield_inside_the_users_try()
        {
            var log = new List<string>();
            var gen = new Echo(log);
            Assert.Equal("ready", gen.Next());

            Assert.Equal("echo handled bad", gen.Throw(new FormatException("bad")));
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal("echo:x", gen.Send("x"));
            Assert.Equal(new[] { "echo got x" }, log);
        }

        // c = cleanup(log); next(c); c.throw(e) -> e propagates (same object); log == [start, try, finally]
        [Fact]
        public void Throw_not_caught_runs_finally_and_propagates_the_same_exception()
        {
            var log = new List<string>();
            var gen = new Cleanup(log);
            gen.Next();
            var thrown = new ArgumentException("boom");

            var e = Assert.Throws<ArgumentException>(() => gen.Throw(thrown));
            Assert.Same(thrown, e);
            Assert.Equal(new[] { "start", "try", "finally" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Throws<StopIterationException>(() => gen.Next());
        }

        // c = cleanup(log); c.throw(e) -> e propagates; log == []; state GEN_CLOSED; next(c) -> StopIteration
        [Fact]
        public void Throw_into_unstarted_closes_and_rethrows_without_running_body()
        {
            var log = new List<string>();
            var gen = new Cleanup(log);
            var thrown = new ArgumentException("boom");

            var e = Assert.Throws<ArgumentException>(() => gen.Throw(thrown));
            Assert.Same(thrown, e);
            Assert.Empty(log);
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Throws<StopIterationException>(() => gen.Next());
            Assert.Empty(log);
        }

        // c = cleanup(log); c.throw(StopIteration(3)) -> RuntimeError('generator raised StopIteration'), cause the StopIteration
        [Fact]
        public void Throw_of_StopIteration_into_unstarted_is_converted_as_PEP_479_says()
        {
            var log = new List<string>();
            var gen = new Cleanup(log);
            var stop = new StopIterationException(3);

            var e = Assert.Throws<InvalidOperationException>(() => gen.Throw(stop));
            Assert.Equal("generator raised StopIteration", e.Message);
            Assert.Same(stop, e.InnerException);
            Assert.Empty(log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // g = countdown(0); list(g); g.throw(e) -> e itself, not StopIteration
        [Fact]
        public void Throw_on_finished_rethrows_the_exception()
        {
            var gen = new Countdown(0);
            Assert.False(gen.MoveNext());
            var thrown = new ArgumentException("late");

            Assert.Same(thrown, Assert.Throws<ArgumentException>(() => gen.Throw(thrown)));
            Assert.Same(thrown, Assert.Throws<ArgumentException>(() => gen.TryThrow(thrown)));
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // g = returns_on_exit(log); next(g); g.throw(GeneratorExit()) -> StopIteration("closed cleanly")
        [Fact]
        public void Throw_that_makes_the_body_return_throws_StopIteration_with_its_value()
        {
            var log = new List<string>();
            var gen = new ReturnsOnGeneratorExit(log);
            gen.Next();

            var stop = Assert.Throws<StopIterationException>(() => gen.Throw(new GeneratorExitException()));
            Assert.Equal("closed cleanly", stop.Value);
            Assert.Equal("closed cleanly", gen.Result);
        }

        [Fact]
        public void TryThrow_returns_false_when_the_body_returns()
        {
            var log = new List<string>();
            var gen = new ReturnsOnGeneratorExit(log);
            gen.Next();

            Assert.False(gen.TryThrow(new GeneratorExitException()));
            Assert.Equal("closed cleanly", gen.Result);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        [Fact]
        public void TryThrow_returns_true_and_sets_Current_when_the_body_yields()
        {
            var log = new List<string>();
            var gen = new Echo(log);
            gen.Next();

            Assert.True(gen.TryThrow(new FormatException("bad")));
            Assert.Equal("echo handled bad", gen.Current);
        }

        // p = plain(); next(p); p.throw(GeneratorExit()) -> GeneratorExit propagates; GEN_CLOSED
        [Fact]
        public void Throw_GeneratorExit_not_caught_propagates_it()
        {
            var log = new List<string>();
            var gen = new Cleanup(log);
            gen.Next();
            var exit = new GeneratorExitException();

            Assert.Same(exit, Assert.Throws<GeneratorExitException>(() => gen.Throw(exit)));
            Assert.Equal(new[] { "start", "try", "finally" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        [Fact]
        public void Throw_null_throws_ArgumentNullException_and_leaves_the_frame_alone()
        {
            var gen = new Countdown(2);
            gen.Next();

            Assert.Throws<ArgumentNullException>(() => gen.Throw(null!));
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal(1, gen.Next());
        }
    }
}
