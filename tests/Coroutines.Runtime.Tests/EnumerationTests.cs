using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary><c>for x in gen</c>.</summary>
    public class EnumerationTests
    {
        [Fact]
        public void foreach_yields_every_value()
        {
            var log = new List<string>();
            var values = new List<int>();
            foreach (var n in new Countdown(3, log)) values.Add(n);

            Assert.Equal(new[] { 3, 2, 1 }, values);
            Assert.Equal(new[] { "starting countdown", "done" }, log);
        }

        [Fact]
        public void foreach_disposes_and_closes()
        {
            var log = new List<string>();
            var gen = new Cleanup(log);

            foreach (var x in gen)
            {
                Assert.Equal(1, x);
                break;
            }

            Assert.Equal(new[] { "start", "try", "finally" }, log);
            Assert.Equal(CoroutineState.Closed, gen.State);
        }

        [Fact]
        public void GetEnumerator_returns_the_generator_itself()
        {
            var gen = new Countdown(1);

            Assert.Same(gen, gen.GetEnumerator());
            Assert.Same(gen, ((IEnumerable)gen).GetEnumerator());
        }

        [Fact]
        public void Reset_is_not_supported()
        {
            IEnumerator gen = new Countdown(1);

            Assert.Throws<NotSupportedException>(() => gen.Reset());
        }

        [Fact]
        public void Linq_consumes_the_generator_and_closes_it()
        {
            var log = new List<string>();
            var gen = new Cleanup(log);

            Assert.Equal(new[] { 1 }, gen.Take(1).ToArray());
            Assert.Equal(CoroutineState.Closed, gen.State);
            Assert.Equal(new[] { "start", "try", "finally" }, log);
        }

        [Fact]
        public void Looping_with_TryNext_keeps_the_generator_open()
        {
            var gen = new Countdown(3);
            while (gen.TryNext(out var n))
            {
                if (n == 2) break;
            }

            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal(1, gen.Next());
        }

        [Fact]
        public void Nongeneric_Current_is_the_boxed_last_value()
        {
            IEnumerator gen = new Countdown(2);
            gen.MoveNext();

            Assert.Equal(2, gen.Current);
        }
    }
}
