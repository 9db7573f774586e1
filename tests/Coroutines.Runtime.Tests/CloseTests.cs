using System;
using System.Collections.Generic;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary><c>gen.close()</c>.</summary>
    public class CloseTests
    {
        // c = cleanup(log); next(c); c.close()  -> log == [start, try, finally]; GEN_CLOSED
        [Fact]
        public void Close_runs_finally_blocks()
        {
            var log = new List<string>();
            var gen = new Cleanup(log);
            gen.Next();

            gen.Close();

            Assert.Equal(new[] { "start", "try", "finally" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Throws<StopIterationException>(() => gen.Next());
            Assert.Equal(new[] { "start", "try", "finally" }, log);
        }

        [Fact]
        public void Close_raises_GeneratorExitException_at_the_pause_point()
        {
            var log = new List<string>();
            var gen = new ReturnsOnGeneratorExit(log);
            gen.Next();

            gen.Close();

            Assert.Equal(new[] { "caught GeneratorExit" }, log);
        }

        // g = ignores(log); next(g); g.close() -> RuntimeError("generator ignored GeneratorExit"); GEN_SUSPENDED
        // next(g) -> StopIteration; log == ["caught GeneratorExit", "after second"]
        [Fact]
        public void Close_when_body_yields_again_throws_ignored_GeneratorExit_and_stays_suspended()
        {
            var log = new List<string>();
            var gen = new IgnoresGeneratorExit(log);
            Assert.Equal("first", gen.Next());

            var e = Assert.Throws<InvalidOperationException>(() => gen.Close());
            Assert.Equal("generator ignored GeneratorExit", e.Message);
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal(new[] { "caught GeneratorExit" }, log);

            Assert.Throws<StopIterationException>(() => gen.Next());
            Assert.Equal(new[] { "caught GeneratorExit", "after second" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // after the failed close, a second close raises GeneratorExit at the second yield, which is not caught
        [Fact]
        public void Close_again_after_ignored_GeneratorExit_closes_at_the_new_pause_point()
        {
            var log = new List<string>();
            var gen = new IgnoresGeneratorExit(log);
            gen.Next();
            Assert.Throws<InvalidOperationException>(() => gen.Close());

            gen.Close();

            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Equal(new[] { "caught GeneratorExit" }, log);
        }

        // def finally_yields(log): try: yield 1 / finally: log "finally start"; yield 2; log "finally end"
        // next(g); g.close() -> RuntimeError, GEN_SUSPENDED; next(g) -> GeneratorExit (kept pending by the finally)
        [Fact]
        public void Close_when_finally_yields_keeps_GeneratorExit_pending_for_the_finally()
        {
            var log = new List<string>();
            var gen = new FinallyYields(log);
            Assert.Equal(1, gen.Next());

            var e = Assert.Throws<InvalidOperationException>(() => gen.Close());
            Assert.Equal("generator ignored GeneratorExit", e.Message);
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal(2, gen.Current);
            Assert.Equal(new[] { "finally start" }, log);

            Assert.Throws<GeneratorExitException>(() => gen.Next());
            Assert.Equal(new[] { "finally start", "finally end" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // g = returns_on_exit(log); next(g); g.close() returns "closed cleanly" (3.13+); here Result holds it
        [Fact]
        public void Close_when_body_returns_sets_Result()
        {
            var log = new List<string>();
            var gen = new ReturnsOnGeneratorExit(log);
            gen.Next();

            gen.Close();

            Assert.Equal("closed cleanly", gen.Result);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // c = cleanup(log); c.close(); log == []; GEN_CLOSED; next(c) -> StopIteration
        [Fact]
        public void Close_unstarted_is_noop_and_closes()
        {
            var log = new List<string>();
            var gen = new Cleanup(log);

            gen.Close();

            Assert.Empty(log);
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Throws<StopIterationException>(() => gen.Next());
            Assert.Empty(log);
        }

        [Fact]
        public void Close_finished_is_noop()
        {
            var log = new List<string>();
            var gen = new Cleanup(log);
            while (gen.MoveNext()) { }
            var before = log.ToArray();

            gen.Close();
            gen.Close();

            Assert.Equal(before, log);
            Assert.Equal(new[] { "start", "try", "after 1", "after 2", "finally", "end" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        [Fact]
        public void Close_twice_runs_finally_once()
        {
            var log = new List<string>();
            var gen = new Cleanup(log);
            gen.Next();

            gen.Close();
            gen.Close();

            Assert.Equal(new[] { "start", "try", "finally" }, log);
        }

        // In Python `except Exception:` does not catch GeneratorExit; in .NET `catch (Exception)` does.
        [Fact]
        public void Broad_catch_catches_GeneratorExitException_unlike_Python()
        {
            var log = new List<string>();
            var gen = new BroadCatch(log, excludeGeneratorExit: false);
            gen.Next();

            var e = Assert.Throws<InvalidOperationException>(() => gen.Close());
            Assert.Equal("generator ignored GeneratorExit", e.Message);
            Assert.Equal(new[] { "caught GeneratorExitException" }, log);
            Assert.Equal(CoroutineState.Suspended, gen.State);
        }

        [Fact]
        public void Broad_catch_with_GeneratorExit_filter_lets_Close_through()
        {
            var log = new List<string>();
            var gen = new BroadCatch(log, excludeGeneratorExit: true);
            gen.Next();

            gen.Close();

            Assert.Empty(log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        [Fact]
        public void Exception_from_finally_during_Close_propagates_and_closes()
        {
            var log = new List<string>();
            var gen = new FinallyThrows(log);
            gen.Next();

            var e = Assert.Throws<FormatException>(() => gen.Close());
            Assert.Equal("from finally", e.Message);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }
    }
}
