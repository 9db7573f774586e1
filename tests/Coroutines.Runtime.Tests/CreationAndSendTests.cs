using System;
using System.Collections.Generic;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary><c>gen = f()</c>, <c>next(gen)</c>, <c>gen.send(v)</c>, priming, and what a resumed yield evaluates to.</summary>
    public class CreationAndSendTests
    {
        // def countdown(n): log.append("starting countdown"); ...
        // gen = countdown(3)        -> log == [], getgeneratorstate(gen) == GEN_CREATED
        [Fact]
        public void Creating_a_frame_runs_nothing()
        {
            var log = new List<string>();
            var gen = new Countdown(3, log);

            Assert.Empty(log);
            Assert.Equal(CoroutineState.Created, gen.State);
        }

        // [next(gen) for _ in range(3)] == [3, 2, 1]; log == ["starting countdown"]
        [Fact]
        public void Next_returns_each_yielded_value_in_turn()
        {
            var log = new List<string>();
            var gen = new Countdown(3, log);

            Assert.Equal(3, gen.Next());
            Assert.Equal(new[] { "starting countdown" }, log);
            Assert.Equal(2, gen.Next());
            Assert.Equal(1, gen.Next());
            Assert.Equal(new[] { "starting countdown" }, log);
            Assert.Throws<StopIterationException>(() => gen.Next());
            Assert.Equal(new[] { "starting countdown", "done" }, log);
        }

        // a = averager(); next(a) is None; a.send(10) == 10.0; a.send(30) == 20.0; a.send(5) == 15.0
        [Fact]
        public void Send_value_becomes_the_value_of_the_paused_yield()
        {
            var avg = new Averager();

            Assert.Null(avg.Next());
            Assert.Equal(10.0, avg.Send(10));
            Assert.Equal(20.0, avg.Send(30));
            Assert.Equal(15.0, avg.Send(5));
        }

        // r = recorder(4); next(r); next(r); r.send(7); next(r)  -> received == [None, 7, None]
        [Fact]
        public void Next_resumes_the_yield_with_default_of_the_send_type()
        {
            var ints = new SendRecorder<int>(4);
            ints.Next();
            ints.Next();
            ints.Send(7);
            ints.Next();
            Assert.Equal(new[] { 0, 7, 0 }, ints.Received);

            var strings = new SendRecorder<string?>(4);
            strings.Next();
            strings.Next();
            strings.Send("x");
            Assert.Equal(new[] { null, "x" }, strings.Received);
        }

        // r = recorder(3); r.send(5)  -> TypeError: can't send non-None value to a just-started generator
        // the generator is untouched: next(r) == 1 afterwards
        [Fact]
        public void Send_before_first_Next_throws_CoroutineNotPrimedException()
        {
            var gen = new SendRecorder<int>(3);

            var e = Assert.Throws<CoroutineNotPrimedException>(() => gen.Send(5));
            Assert.IsAssignableFrom<InvalidOperationException>(e);
            Assert.False(gen.Started);
            Assert.Equal(CoroutineState.Created, gen.State);

            Assert.Equal(1, gen.Next());
            Assert.True(gen.Started);
            Assert.Empty(gen.Received);
        }

        // r.send(0) before start -> TypeError too: only None may be sent
        [Fact]
        public void Send_zero_before_start_counts_as_a_value()
        {
            var gen = new SendRecorder<int>(3);

            Assert.Throws<CoroutineNotPrimedException>(() => gen.Send(0));
            Assert.False(gen.Started);
        }

        // r.send("") before start -> TypeError
        [Fact]
        public void Send_empty_string_before_start_counts_as_a_value()
        {
            var gen = new SendRecorder<string>(3);

            Assert.Throws<CoroutineNotPrimedException>(() => gen.Send(""));
            Assert.False(gen.Started);
        }

        [Fact]
        public void TrySend_before_start_throws_CoroutineNotPrimedException()
        {
            var gen = new SendRecorder<int>(3);

            Assert.Throws<CoroutineNotPrimedException>(() => gen.TrySend(1, out _));
            Assert.Throws<CoroutineNotPrimedException>(() => gen.TrySend(1));
            Assert.Equal(CoroutineState.Created, gen.State);
        }

        // r.send(None) before start is next(r): r.send(None) == 1; r.send(4) == 2; received == [4]
        [Fact]
        public void Send_null_on_nullable_send_type_before_start_behaves_as_Next()
        {
            var gen = new SendRecorder<int?>(3);

            Assert.Equal(1, gen.Send(null));
            Assert.True(gen.Started);
            Assert.Empty(gen.Received);
            Assert.Equal(2, gen.Send(4));
            Assert.Equal(new int?[] { 4 }, gen.Received);
        }

        [Fact]
        public void Send_null_on_reference_send_type_before_start_behaves_as_Next()
        {
            var gen = new SendRecorder<string?>(3);

            Assert.Equal(1, gen.Send(null));
            Assert.True(gen.Started);
            Assert.Equal(2, gen.Send("a"));
            Assert.Equal(new[] { "a" }, gen.Received);
        }

        // g = c(); g.close(); g.send(1)  -> StopIteration (not TypeError)
        [Fact]
        public void Send_on_a_closed_coroutine_throws_StopIteration_not_NotPrimed()
        {
            var gen = new SendRecorder<int>(3);
            gen.Close();

            Assert.Throws<StopIterationException>(() => gen.Send(1));
            Assert.False(gen.Started);
        }

        [Fact]
        public void Generator_is_covariant_in_yield_and_return_and_contravariant_in_send()
        {
            var log = new List<string>();
            IGenerator<object, string, object> gen = new Echo(log);

            Assert.Equal("ready", gen.Next());
            Assert.Equal("echo:a", gen.Send("a"));
            Assert.Equal("echo:b", gen.Send("b"));
            Assert.False(gen.TrySend("stop"));
            Assert.Equal("echo done", gen.Result);
        }
    }
}
