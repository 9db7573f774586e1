using System;
using System.Collections.Generic;
using Coroutines.Frames;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary><c>yield from</c> a generator.</summary>
    public class DelegationTests
    {
        // list(wrapper(log)) == ["1", "2", "done"]; log == ["subgenerator returned: done"]
        [Fact]
        public void YieldFrom_values_pass_through_and_return_value_is_captured()
        {
            var log = new List<string>();
            var gen = new Wrapper(log);

            Assert.Equal("1", gen.Next());
            Assert.Equal("2", gen.Next());
            Assert.Empty(log);
            Assert.Equal("done", gen.Next());
            Assert.Equal(new[] { "subgenerator returned: done" }, log);
            Assert.False(gen.MoveNext());
        }

        // d = delegator(log, echo(log)); next(d) == "ready"; d.send("a") == "echo:a"; d.send(None) == "echo:None"
        [Fact]
        public void YieldFrom_send_passes_to_inner()
        {
            var log = new List<string>();
            var gen = new Delegator(log, new Echo(log));

            Assert.Equal("ready", gen.Next());
            Assert.Equal("echo:a", gen.Send("a"));
            Assert.Equal("echo:null", gen.Next());
            Assert.Equal(new[] { "outer start", "echo got a", "echo got null" }, log);
        }

        // d.send("stop") == "outer yields echo done"; d.send("x") -> StopIteration("outer returns x")
        [Fact]
        public void YieldFrom_return_value_is_captured()
        {
            var log = new List<string>();
            var inner = new Echo(log);
            var gen = new Delegator(log, inner);
            gen.Next();

            Assert.Equal("outer yields echo done", gen.Send("stop"));
            Assert.Equal(new[] { "outer start", "echo got stop", "echo finally", "outer got echo done" }, log);
            Assert.Equal(CoroutineState.Closed, inner.State);
            Assert.Equal("echo done", inner.Result);

            var stop = Assert.Throws<StopIterationException>(() => gen.Send("x"));
            Assert.Equal("outer returns x", stop.Value);
        }

        // d.throw(ValueError("bad")) == "echo handled bad"  (the inner's except handles it)
        [Fact]
        public void YieldFrom_throw_handled_by_inner()
        {
            var log = new List<string>();
            var inner = new Echo(log);
            var gen = new Delegator(log, inner, catchErrors: true);
            gen.Next();

            Assert.Equal("echo handled bad", gen.Throw(new FormatException("bad")));
            Assert.Equal(CoroutineState.Suspended, inner.State);
            Assert.Equal("echo:y", gen.Send("y"));
            Assert.Equal(new[] { "outer start", "echo got y" }, log);
        }

        // d = delegator(log, echo(log), catch_errors=True); next(d); d.throw(TypeError("bad"))
        //   == "outer yields caught"; log: echo finally, then outer caught TypeError: bad
        [Fact]
        public void YieldFrom_throw_unhandled_by_inner_surfaces_at_outer_yield_from()
        {
            var log = new List<string>();
            var inner = new Echo(log);
            var gen = new Delegator(log, inner, catchErrors: true);
            gen.Next();

            Assert.Equal("outer yields caught", gen.Throw(new ArgumentException("bad")));
            Assert.Equal(new[] { "outer start", "echo finally", "outer caught ArgumentException: bad" }, log);
            Assert.Equal(CoroutineState.Closed, inner.State);
            Assert.Null(gen.Delegate);
        }

        [Fact]
        public void YieldFrom_throw_unhandled_anywhere_propagates_the_same_exception()
        {
            var log = new List<string>();
            var inner = new Echo(log);
            var gen = new Delegator(log, inner);
            gen.Next();
            var thrown = new ArgumentException("bad");

            Assert.Same(thrown, Assert.Throws<ArgumentException>(() => gen.Throw(thrown)));
            Assert.Equal(new[] { "outer start", "echo finally", "outer finally" }, log);
            Assert.Equal(CoroutineState.Closed, inner.State);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // an exception raised by the inner body itself reaches the outer's yield from the same way
        [Fact]
        public void YieldFrom_exception_from_inner_body_surfaces_at_outer_yield_from()
        {
            var inner = new RaisesStopIteration();
            var gen = new Relay<int, Unit, Unit>(inner);
            Assert.Equal(1, gen.Next());

            var e = Assert.Throws<InvalidOperationException>(() => gen.Next());
            Assert.Equal("generator raised StopIteration", e.Message);
            Assert.IsType<StopIterationException>(e.InnerException);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // d = delegator(log, echo(log)); next(d); d.close() -> log: echo finally, outer finally
        [Fact]
        public void YieldFrom_close_closes_inner_first()
        {
            var log = new List<string>();
            var inner = new Echo(log);
            var gen = new Delegator(log, inner);
            gen.Next();

            gen.Close();

            Assert.Equal(new[] { "outer start", "echo finally", "outer finally" }, log);
            Assert.Equal(CoroutineState.Closed, inner.State);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // top(mid(leaf())).close() -> ["leaf finally", "mid finally", "top finally"]
        [Fact]
        public void YieldFrom_close_runs_cleanup_innermost_first_through_a_chain()
        {
            var log = new List<string>();
            var gen = Chain.Build(new Numbers(0, -1, log), 3, log);
            gen.Next();

            gen.Close();

            Assert.Equal(new[] { "leaf finally", "relay3 finally", "relay2 finally", "relay1 finally" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // relay(returns_on_exit(log)).close(): the inner returns, yet GeneratorExit is raised in the relay
        // log == ["caught GeneratorExit", "relay finally"]; the relay returns nothing
        [Fact]
        public void YieldFrom_close_when_inner_returns_raises_GeneratorExit_in_outer()
        {
            var log = new List<string>();
            var inner = new ReturnsOnGeneratorExit(log);
            var gen = new Relay<int, Unit, string>(inner, "relay", log);
            gen.Next();

            gen.Close();

            Assert.Equal(new[] { "caught GeneratorExit", "relay finally" }, log);
            Assert.Equal("closed cleanly", inner.Result);
            Assert.Null(gen.Result);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        // i = ignores(log); o = relay(i, log); next(o); o.close() -> RuntimeError("generator ignored GeneratorExit")
        // log == ["caught GeneratorExit", "relay finally"]; o GEN_CLOSED, i GEN_SUSPENDED
        [Fact]
        public void YieldFrom_close_when_inner_ignores_GeneratorExit_raises_in_outer_and_leaves_inner_suspended()
        {
            var log = new List<string>();
            var inner = new IgnoresGeneratorExit(log);
            var gen = new Relay<string, Unit, Unit>(inner, "relay", log);
            gen.Next();

            var e = Assert.Throws<InvalidOperationException>(() => gen.Close());
            Assert.Equal("generator ignored GeneratorExit", e.Message);
            Assert.Equal(new[] { "caught GeneratorExit", "relay finally" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Equal(CoroutineState.Suspended, inner.State);

            Assert.False(inner.MoveNext());
            Assert.Equal(new[] { "caught GeneratorExit", "relay finally", "after second" }, log);
        }

        // r = relay(cleanup(log), log); next(r); r.throw(ge) -> ge itself; log == ["finally", "relay finally"]
        [Fact]
        public void YieldFrom_throw_GeneratorExit_closes_inner_then_raises_it_in_outer()
        {
            var log = new List<string>();
            var gen = new Relay<int, Unit, Unit>(new Cleanup(log), "relay", log);
            gen.Next();
            var exit = new GeneratorExitException();

            Assert.Same(exit, Assert.Throws<GeneratorExitException>(() => gen.Throw(exit)));
            Assert.Equal(new[] { "start", "try", "finally", "relay finally" }, log);
        }

        // p = echo(); list-like drain; d = delegator(log, p); next(d) == "outer yields None"
        [Fact]
        public void YieldFrom_already_finished_inner_gives_default()
        {
            var log = new List<string>();
            var inner = new Echo(log);
            inner.Next();
            Assert.False(inner.TrySend("stop"));
            log.Clear();
            var gen = new Delegator(log, inner);

            Assert.Equal("outer yields null", gen.Next());
            Assert.Equal(new[] { "outer start", "outer got null" }, log);
            Assert.Null(gen.Delegate);
        }

        [Fact]
        public void YieldFrom_inner_that_returns_at_once_gives_its_value()
        {
            var log = new List<string>();
            var gen = new FinallyDelegates(log, () => new Quick<string>());

            Assert.Equal("body", gen.Next());
            Assert.False(gen.MoveNext());
            Assert.Equal(new[] { "finally got quick" }, log);
        }

        // i = echo(); d = delegator(i); next(d) == "ready"; i.send("hi") == "echo:hi"; d.send("x") == "echo:x"
        [Fact]
        public void Inner_resumed_directly_while_delegated_to_answers_its_own_caller()
        {
            var log = new List<string>();
            var inner = new Echo(log);
            var gen = new Delegator(log, inner);
            Assert.Equal("ready", gen.Next());

            Assert.Equal("echo:hi", inner.Send("hi"));
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal("echo:x", gen.Send("x"));
            Assert.Equal(new[] { "outer start", "echo got hi", "echo got x" }, log);
        }

        // i = echo(); d = delegator(i); next(d); i.send("stop") -> StopIteration("echo done")
        // next(d) == "outer yields None": yield from sees an already-finished generator
        [Fact]
        public void Inner_finished_directly_while_delegated_to_gives_default_to_outer()
        {
            var log = new List<string>();
            var inner = new Echo(log);
            var gen = new Delegator(log, inner);
            gen.Next();

            Assert.Equal("echo done", Assert.Throws<StopIterationException>(() => inner.Send("stop")).Value);
            Assert.Equal(CoroutineState.Suspended, gen.State);

            Assert.Equal("outer yields null", gen.Next());
            Assert.Equal(new[] { "outer start", "echo got stop", "echo finally", "outer got null" }, log);
        }

        // i2 = inner raising when resumed directly: the exception goes to the direct caller;
        // the outer later sees an already-finished generator and gets None
        [Fact]
        public void Inner_failed_directly_while_delegated_to_gives_default_to_outer()
        {
            var log = new List<string>();
            var inner = new Echo(log);
            var gen = new Delegator(log, inner, catchErrors: true);
            gen.Next();

            Assert.Throws<ArgumentException>(() => inner.Throw(new ArgumentException("direct")));
            Assert.Equal(CoroutineState.Closed, inner.State);

            Assert.Equal("outer yields null", gen.Next());
            Assert.Equal(new[] { "outer start", "echo finally", "outer got null" }, log);
        }

        [Fact]
        public void Chain_of_depth_100_yields_correct_values_and_captures_the_return_value()
        {
            var log = new List<string>();
            var leaf = new Numbers(10, 3, log);
            var gen = Chain.Build(leaf, 100);

            Assert.Equal(10, gen.Next());
            Assert.Equal(11, gen.Next());
            Assert.Equal(12, gen.Next());
            var stop = Assert.Throws<StopIterationException>(() => gen.Next());
            Assert.Equal(3, stop.Value);
            Assert.Equal(3, gen.Result);
            Assert.Equal(new[] { "leaf finally" }, log);
            Assert.Equal(CoroutineState.Closed, leaf.State);
        }

        [Fact]
        public void Chain_of_depth_100_Delegate_property_leads_to_the_leaf()
        {
            var leaf = new Numbers(0, -1);
            var gen = Chain.Build(leaf, 100);
            Assert.Null(gen.Delegate);
            gen.Next();

            int depth = 0;
            IGenerator<int, Unit> current = gen;
            while (current is CoroutineFrame<int, Unit> frame && frame.Delegate is { } next)
            {
                current = next;
                depth++;
            }

            Assert.Equal(100, depth);
            Assert.Same(leaf, current);
        }

        [Fact]
        public void Chain_of_depth_100_passes_send_and_throw_to_the_leaf()
        {
            var log = new List<string>();
            var leaf = new Echo(log);
            var gen = Chain.Build<string, string?, string>(leaf, 100);

            Assert.Equal("ready", gen.Next());
            Assert.Equal("echo:a", gen.Send("a"));
            Assert.Equal("echo handled bad", gen.Throw(new FormatException("bad")));
            Assert.False(gen.TrySend("stop"));
            Assert.Equal("echo done", gen.Result);
            Assert.Equal(new[] { "echo got a", "echo got stop", "echo finally" }, log);
        }

        // i = echo(); d = delegator(i); next(d); i.close(); next(d) == "outer yields None"
        [Fact]
        public void Inner_closed_directly_while_delegated_to_gives_default_to_outer()
        {
            var log = new List<string>();
            var inner = new Echo(log);
            var gen = new Delegator(log, inner);
            gen.Next();

            inner.Close();
            Assert.Equal(CoroutineState.Closed, inner.State);
            Assert.Equal(new[] { "outer start", "echo finally" }, log);

            Assert.Equal("outer yields null", gen.Next());
            Assert.Equal(new[] { "outer start", "echo finally", "outer got null" }, log);
        }
    }
}
