using System.Collections.Generic;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary><c>yield from</c> a plain sequence (an iterator without send/throw/close).</summary>
    public class SequenceDelegationTests
    {
        [Fact]
        public void YieldFrom_sequence_yields_its_items_then_continues()
        {
            var log = new List<string>();
            var gen = new SequenceDelegator(log, Sequences.Tracked(log, 1, 2, 3));

            Assert.Equal(1, gen.Next());
            Assert.Equal(2, gen.Next());
            Assert.Equal(3, gen.Next());
            Assert.Equal(new[] { "outer start" }, log);
            Assert.Equal(100, gen.Next());
            Assert.Equal(new[] { "outer start", "sequence ended", "sequence disposed", "sequence done" }, log);
            Assert.Equal("end", Assert.Throws<StopIterationException>(() => gen.Next()).Value);
        }

        [Fact]
        public void YieldFrom_empty_sequence_continues_at_once()
        {
            var log = new List<string>();
            var gen = new SequenceDelegator(log, Sequences.Tracked(log));

            Assert.Equal(100, gen.Next());
            Assert.Equal(new[] { "outer start", "sequence ended", "sequence disposed", "sequence done" }, log);
        }

        // yield from iterates; send(None) is next()
        [Fact]
        public void YieldFrom_sequence_Send_default_advances_it()
        {
            var log = new List<string>();
            var gen = new SequenceDelegator(log, Sequences.Tracked(log, 1, 2));
            gen.Next();

            Assert.Equal(2, gen.Send(0));
            Assert.Equal(100, gen.Send(0));
        }

        // def sl(): try: yield from [1, 2, 3] / except AttributeError as e: yield ...
        // next(g); g.send(5) -> AttributeError("'list_iterator' object has no attribute 'send'") raised at the yield from
        [Fact]
        public void YieldFrom_sequence_Send_non_default_raises_NotSupportedException_at_outer()
        {
            var log = new List<string>();
            var gen = new SequenceDelegator(log, Sequences.Tracked(log, 1, 2, 3));
            gen.Next();

            Assert.Equal(-1, gen.Send(5));
            Assert.Equal(new[] { "outer start", "sequence disposed", "outer caught NotSupportedException" }, log);
            Assert.Null(gen.Delegate);
            Assert.Equal("after catch", Assert.Throws<StopIterationException>(() => gen.Next()).Value);
        }

        [Fact]
        public void YieldFrom_sequence_Throw_disposes_the_enumerator_and_raises_at_outer()
        {
            var log = new List<string>();
            var gen = new SequenceDelegator(log, Sequences.Tracked(log, 1, 2, 3));
            gen.Next();

            Assert.Equal(-1, gen.Throw(new System.FormatException("bad")));
            Assert.Equal(new[] { "outer start", "sequence disposed", "outer caught FormatException" }, log);
        }

        [Fact]
        public void YieldFrom_sequence_Close_disposes_the_enumerator()
        {
            var log = new List<string>();
            var gen = new SequenceDelegator(log, Sequences.Tracked(log, 1, 2, 3));
            gen.Next();

            gen.Close();

            Assert.Equal(new[] { "outer start", "sequence disposed", "outer finally" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        [Fact]
        public void Delegate_is_set_while_delegating_to_a_sequence()
        {
            var log = new List<string>();
            var gen = new SequenceDelegator(log, Sequences.Tracked(log, 1));

            gen.Next();
            Assert.NotNull(gen.Delegate);
            gen.Next();
            Assert.Null(gen.Delegate);
        }
    }
}
