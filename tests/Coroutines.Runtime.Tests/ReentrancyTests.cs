using System;
using System.Threading.Tasks;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary><c>ValueError: generator already executing</c>.</summary>
    public class ReentrancyTests
    {
        // def re():
        //     try: next(me)
        //     except ValueError as e: yield str(e)      -> "generator already executing"
        //     yield "after"
        [Fact]
        public void Reentrant_Next_throws_already_executing_and_frame_stays_usable()
        {
            var gen = new Reentrant(self => self.Next());

            Assert.Equal("generator already executing", gen.Next());
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal("generator already executing", gen.Next());
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.False(gen.MoveNext());
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        [Fact]
        public void Reentrant_Send_throws_already_executing()
        {
            var gen = new Reentrant(self => self.Send(Unit.Value));

            Assert.Equal("generator already executing", gen.Next());
            Assert.Equal("generator already executing", gen.Next());
        }

        [Fact]
        public void Reentrant_Throw_throws_already_executing_instead_of_the_exception()
        {
            var gen = new Reentrant(self => self.Throw(new FormatException("never delivered")));

            Assert.Equal("generator already executing", gen.Next());
            Assert.Equal(CoroutineState.Suspended, gen.State);
        }

        [Fact]
        public void Reentrant_Close_throws_already_executing()
        {
            var gen = new Reentrant(self => self.Close());

            Assert.Equal("generator already executing", gen.Next());
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal("generator already executing", gen.Next());
        }

        [Fact]
        public void Concurrent_Next_from_another_thread_throws_already_executing()
        {
            var gen = new Reentrant(self => Task.Run(() => self.Next()).GetAwaiter().GetResult());

            Assert.Equal("generator already executing", gen.Next());
            Assert.Equal(CoroutineState.Suspended, gen.State);
        }

        // def outer(): yield from inner     where inner's body calls next(outer)
        [Fact]
        public void Resuming_the_delegating_frame_from_the_inner_body_throws_already_executing()
        {
            Relay<string, Unit, Unit>? outer = null;
            var inner = new Reentrant(_ => outer!.Next());
            outer = new Relay<string, Unit, Unit>(inner);

            Assert.Equal("generator already executing", outer.Next());
            Assert.Equal("generator already executing", outer.Next());
            Assert.False(outer.MoveNext());
            Assert.Equal(CoroutineState.Closed, inner.State);
        }

        [Fact]
        public void Resuming_the_inner_frame_from_its_own_body_inside_a_chain_throws_already_executing()
        {
            var inner = new Reentrant(self => self.Next());
            var outer = Chain.Build<string, Unit, Unit>(inner, 3);

            Assert.Equal("generator already executing", outer.Next());
            Assert.Equal("generator already executing", outer.Next());
            Assert.False(outer.MoveNext());
        }

        [Fact]
        public void Resuming_a_middle_frame_of_a_running_chain_throws_already_executing()
        {
            Relay<string, Unit, Unit>? middle = null;
            var inner = new Reentrant(_ => middle!.Next());
            middle = new Relay<string, Unit, Unit>(inner, "middle");
            var outer = new Relay<string, Unit, Unit>(middle, "outer");

            Assert.Equal("generator already executing", outer.Next());
            Assert.Equal("generator already executing", outer.Next());
            Assert.False(outer.MoveNext());
        }

        // def relay(inner): return (yield from inner)
        // inner's body calls next(outer) while the inner was resumed directly (not through the outer).
        // CPython raises "generator already executing" inside the outer's yield from, which kills the outer;
        // here it is raised at the call and the outer stays suspended and usable.
        [Fact]
        public void Resuming_the_outer_from_an_inner_resumed_directly_throws_already_executing()
        {
            Relay<string, Unit, Unit>? outer = null;
            var inner = new Reentrant(_ => outer!.Next());
            outer = new Relay<string, Unit, Unit>(inner);
            Assert.Equal("generator already executing", outer.Next());

            Assert.Equal("generator already executing", inner.Next());
            Assert.Equal(CoroutineState.Suspended, outer.State);
            Assert.Equal(CoroutineState.Suspended, inner.State);

            Assert.False(inner.MoveNext());
            Assert.False(outer.MoveNext());
            Assert.Equal(CoroutineState.Closed, outer.State);
        }

        [Fact]
        public void Resuming_a_middle_frame_from_an_inner_resumed_directly_throws_already_executing()
        {
            Relay<string, Unit, Unit>? middle = null;
            var inner = new Reentrant(_ => middle!.Next());
            middle = new Relay<string, Unit, Unit>(inner, "middle");
            var outer = new Relay<string, Unit, Unit>(middle, "outer");
            Assert.Equal("generator already executing", outer.Next());

            Assert.Equal("generator already executing", inner.Next());
            Assert.Equal(CoroutineState.Suspended, middle.State);
            Assert.Equal(CoroutineState.Suspended, outer.State);
            Assert.False(outer.MoveNext());
        }
    }
}
