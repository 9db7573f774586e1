using System.Collections.Generic;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary><c>inspect.getgeneratorstate</c>, <c>getgeneratorlocals</c>, <c>gi_frame.f_lineno</c>, <c>gi_yieldfrom</c>.</summary>
    public class StateAndIntrospectionTests
    {
        // def yields_own_state(): yield inspect.getgeneratorstate(me)
        // CREATED -> (inside: RUNNING) -> SUSPENDED -> CLOSED
        [Fact]
        public void State_transitions()
        {
            var gen = new YieldsOwnState();
            Assert.Equal(CoroutineState.Created, gen.State);

            Assert.Equal(CoroutineState.Running, gen.Next());
            Assert.Equal(CoroutineState.Suspended, gen.State);

            Assert.False(gen.MoveNext());
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        [Fact]
        public void State_is_Closed_after_the_body_throws()
        {
            var gen = new RaisesStopIteration();
            gen.Next();
            Assert.Throws<System.InvalidOperationException>(() => gen.Next());

            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        [Fact]
        public void Location_is_the_paused_yield_and_null_when_not_suspended()
        {
            var gen = new Countdown(2);
            Assert.Null(gen.Location);

            gen.Next();
            var location = Assert.NotNull(gen.Location);
            Assert.Equal("Countdown.cs", location.File);
            Assert.Equal(Countdown.YieldLine, location.Line);
            Assert.Equal("Countdown.cs:7", location.ToString());

            gen.Next();
            Assert.False(gen.MoveNext());
            Assert.Null(gen.Location);
        }

        // g = countdown(3): getgeneratorlocals(g) == {'n': 3}; next(g); next(g) -> {'n': 2}
        [Fact]
        public void Locals_are_the_frames_parameters_and_locals()
        {
            var gen = new Countdown(3);
            Assert.Equal(new Dictionary<string, object?> { ["n"] = 3 }, gen.Locals);

            gen.Next();
            gen.Next();
            Assert.Equal(new Dictionary<string, object?> { ["n"] = 2 }, gen.Locals);
        }

        [Fact]
        public void Locals_are_empty_for_a_frame_that_lists_none()
        {
            var gen = new YieldsOwnState();
            gen.Next();

            Assert.Empty(gen.Locals);
        }

        // w = wrapper(); next(w); w.gi_yieldfrom is the producer; after it returns, gi_yieldfrom is None
        [Fact]
        public void Delegate_is_the_inner_generator_while_delegating()
        {
            var gen = new Wrapper(new List<string>());
            Assert.Null(gen.Delegate);

            gen.Next();
            var inner = Assert.IsType<Producer>(gen.Delegate);
            gen.Next();
            Assert.Same(inner, gen.Delegate);

            Assert.Equal("done", gen.Next());
            Assert.Null(gen.Delegate);
            Assert.Equal(CoroutineState.Closed, inner.State);
        }
    }
}
