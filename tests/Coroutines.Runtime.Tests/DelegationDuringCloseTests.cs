using System;
using System.Collections.Generic;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary>
    /// A body that starts a new <c>yield from</c> while it is being closed (in a finally or a GeneratorExit handler):
    /// the new delegate is not itself being closed, so it runs as usual.
    /// </summary>
    public class DelegationDuringCloseTests
    {
        // def finally_delegates(log, quick): try: yield "body" / finally: v = yield from quick(); log(...)
        // next(g); g.close()  -> log == ["finally got quick"]; GEN_CLOSED; no error
        [Fact]
        public void Close_when_finally_delegates_to_a_generator_that_returns_at_once_gets_its_value()
        {
            var log = new List<string>();
            var gen = new FinallyDelegates(log, () => new Quick<string>());
            gen.Next();

            gen.Close();

            Assert.Equal(new[] { "finally got quick" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // same with producer(): close() -> RuntimeError("generator ignored GeneratorExit"), GEN_SUSPENDED, log == []
        // next(g) == "2"; next(g) -> GeneratorExit; log == ["finally got done"]
        [Fact]
        public void Close_when_finally_delegates_to_a_generator_that_yields_throws_ignored_GeneratorExit()
        {
            var log = new List<string>();
            var gen = new FinallyDelegates(log, () => new Producer());
            gen.Next();

            var e = Assert.Throws<InvalidOperationException>(() => gen.Close());
            Assert.Equal("generator ignored GeneratorExit", e.Message);
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal("1", gen.Current);
            Assert.Empty(log);
            var inner = Assert.IsType<Producer>(gen.Delegate);
            Assert.Equal(CoroutineState.Suspended, inner.State);

            Assert.Equal("2", gen.Next());
            Assert.Throws<GeneratorExitException>(() => gen.Next());
            Assert.Equal(new[] { "finally got done" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // def exit_handler(log):
        //     try: r = yield from returns_on_exit(log)
        //     except GeneratorExit: v = yield from quick(); log(f"handler got {v}"); raise
        // next(g); g.close() -> log == ["caught GeneratorExit", "handler got quick"]
        [Fact]
        public void Close_when_exit_handler_delegates_the_new_generator_returns_normally()
        {
            var log = new List<string>();
            var gen = new DelegatesInExitHandler(log);
            Assert.Equal(1, gen.Next());

            gen.Close();

            Assert.Equal(new[] { "caught GeneratorExit", "handler got quick" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // same, one level deeper: relay(exit_handler(log)).close()
        [Fact]
        public void Close_through_a_relay_when_exit_handler_delegates_the_new_generator_returns_normally()
        {
            var log = new List<string>();
            var gen = new Relay<int, Unit, string>(new DelegatesInExitHandler(log), "relay", log);
            gen.Next();

            gen.Close();

            Assert.Equal(new[] { "caught GeneratorExit", "handler got quick", "relay finally" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // def sl(): try: yield 0 / except GeneratorExit: yield from [1, 2]
        // next(g); g.close() -> RuntimeError, GEN_SUSPENDED; next(g) == 2
        [Fact]
        public void Close_when_exit_handler_delegates_to_a_sequence_the_sequence_runs()
        {
            var log = new List<string>();
            var gen = new SequenceInExitHandler(Sequences.Tracked(log, 1, 2));
            Assert.Equal(0, gen.Next());

            var e = Assert.Throws<InvalidOperationException>(() => gen.Close());
            Assert.Equal("generator ignored GeneratorExit", e.Message);
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal(1, gen.Current);
            Assert.Empty(log);

            Assert.Equal(2, gen.Next());
            Assert.False(gen.MoveNext());
            Assert.Equal(new[] { "sequence ended", "sequence disposed" }, log);
        }

        // i = finally_delegates(log, producer); r = relay(i, log); next(r); r.close()
        //   -> RuntimeError("generator ignored GeneratorExit"); r GEN_CLOSED, i GEN_SUSPENDED; log == ["relay finally"]
        // next(i) == "2"; next(i) -> GeneratorExit; log == ["relay finally", "finally got done"]
        [Fact]
        public void Close_through_a_relay_when_finally_delegates_to_a_generator_that_yields_cuts_the_frame_loose()
        {
            var log = new List<string>();
            var inner = new FinallyDelegates(log, () => new Producer());
            var gen = new Relay<string, Unit, Unit>(inner, "relay", log);
            gen.Next();

            var e = Assert.Throws<InvalidOperationException>(() => gen.Close());
            Assert.Equal("generator ignored GeneratorExit", e.Message);
            Assert.Equal(new[] { "relay finally" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Equal(CoroutineState.Suspended, inner.State);
            Assert.Equal("1", inner.Current);
            Assert.IsType<Producer>(inner.Delegate);

            Assert.Equal("2", inner.Next());
            Assert.Throws<GeneratorExitException>(() => inner.Next());
            Assert.Equal(new[] { "relay finally", "finally got done" }, log);
            Assert.Equal(CoroutineState.Closed, inner.State);
        }

        // i = sl(); r = relay(i, log); next(r); r.close() -> RuntimeError; i GEN_SUSPENDED; next(i) == 2
        [Fact]
        public void Close_through_a_relay_when_exit_handler_delegates_to_a_sequence_cuts_the_frame_loose()
        {
            var log = new List<string>();
            var inner = new SequenceInExitHandler(Sequences.Tracked(log, 1, 2));
            var gen = new Relay<int, Unit, Unit>(inner, "relay", log);
            gen.Next();

            var e = Assert.Throws<InvalidOperationException>(() => gen.Close());
            Assert.Equal("generator ignored GeneratorExit", e.Message);
            Assert.Equal(new[] { "relay finally" }, log);
            Assert.Equal(CoroutineState.Suspended, inner.State);
            Assert.Equal(1, inner.Current);

            Assert.Equal(2, inner.Next());
            Assert.False(inner.MoveNext());
            Assert.Equal(new[] { "relay finally", "sequence ended", "sequence disposed" }, log);
        }
    }
}
