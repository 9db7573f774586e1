using System;
using Coroutines.Runtime.Tests.Frames;
using Xunit;

namespace Coroutines.Runtime.Tests
{
    /// <summary>Resuming a paused frame allocates nothing, directly or through a delegation chain.</summary>
    public class AllocationTests
    {
        private const int Resumes = 10_000;

        /// <summary>The fewest bytes allocated by <paramref name="resume"/> over several rounds of many resumes each.</summary>
        private static long AllocatedPerRound(Action resume)
        {
            for (int i = 0; i < 1_000; i++) resume();
            long fewest = long.MaxValue;
            for (int round = 0; round < 5; round++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Resumes; i++) resume();
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                fewest = Math.Min(fewest, allocated);
            }
            return fewest;
        }

        [Fact]
        public void Next_allocates_nothing_per_resume()
        {
            var gen = new Numbers(0, -1);
            int last = 0;

            long allocated = AllocatedPerRound(() => last = gen.Next());

            Assert.Equal(0, allocated);
            Assert.Equal(1_000 + 5 * Resumes - 1, last);
        }

        [Fact]
        public void TryNext_and_MoveNext_allocate_nothing_per_resume()
        {
            var gen = new Numbers(0, -1);

            long allocated = AllocatedPerRound(() =>
            {
                gen.TryNext(out _);
                gen.MoveNext();
            });

            Assert.Equal(0, allocated);
            Assert.Equal(2 * (1_000 + 5 * Resumes) - 1, gen.Current);
        }

        [Fact]
        public void Send_allocates_nothing_per_resume()
        {
            var gen = new Averager();
            gen.Next();

            long allocated = AllocatedPerRound(() => gen.Send(2.0));

            Assert.Equal(0, allocated);
            Assert.Equal(2.0, gen.Current);
        }

        [Fact]
        public void Next_through_a_depth_10_chain_allocates_nothing_per_resume()
        {
            var gen = Chain.Build(new Numbers(0, -1), 10);
            int last = 0;

            long allocated = AllocatedPerRound(() => last = gen.Next());

            Assert.Equal(0, allocated);
            Assert.Equal(1_000 + 5 * Resumes - 1, last);
        }

        [Fact]
        public void Send_through_a_depth_10_chain_allocates_nothing_per_resume()
        {
            var gen = Chain.Build<double?, double, Unit>(new Averager(), 10);
            gen.Next();

            long allocated = AllocatedPerRound(() => gen.Send(4.0));

            Assert.Equal(0, allocated);
            Assert.Equal(4.0, gen.Current);
        }

        [Fact]
        public void Starting_a_frame_allocates_nothing_beyond_the_frame_itself()
        {
            Numbers? made = null;
            long creating = AllocatedPerRound(() => made = new Numbers(0, -1));
            long creatingAndStarting = AllocatedPerRound(() => new Numbers(5, -1).Next());

            Assert.True(creating > 0);
            Assert.Equal(creating, creatingAndStarting);
            Assert.Equal(CoroutineState.Created, made!.State);
        }
    }
}
