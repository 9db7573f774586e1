using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Simulation;
using Xunit;

namespace Coroutines.Samples.Tests
{
    /// <summary>samples/Simulation: the bank on virtual time.</summary>
    public class SimulationTests
    {
        [Fact]
        public void Every_customer_is_served_and_the_same_day_always_comes_out_the_same()
        {
            var setup = new BankSetup(Customers: 2_000, Tellers: 2, MeanArrivalGap: 60, MeanService: 100);
            var first = Bank.Simulate(setup);
            var second = Bank.Simulate(setup);
            Assert.Equal(2_000, first.Served);
            Assert.Equal(2_000, first.Tellers.Sum(t => t.Served));
            Assert.Equal(first.ToString(), second.ToString());
            Assert.True(first.MeanWait >= 0 && first.LongestWait >= first.MeanWait);
            Assert.All(first.Tellers, t => Assert.InRange(t.Busy / first.ClosedAt, 0.5, 1.0));
        }

        [Fact]
        public void A_hundred_thousand_customers_take_seconds_and_match_queueing_theory()
        {
            var watch = Stopwatch.StartNew();
            var report = Bank.Simulate(new BankSetup());
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
            Assert.Equal(100_000, report.Served);
            // M/M/3 at 90 % load: Erlang C says 7.35 min; one long day lands within a few percent of it.
            double theory = BankReport.TheoreticalMeanWait(report.Setup);
            Assert.InRange(report.MeanWait, theory * 0.85, theory * 1.15);
        }

        [Fact]
        public void The_program_prints_a_summary()
        {
            var original = Console.Out;
            var output = new StringWriter { NewLine = "\n" };
            try
            {
                Console.SetOut(output);
                Assert.Equal(0, Simulation.Program.Main(new[] { "1000", "4" }));
            }
            finally
            {
                Console.SetOut(original);
            }
            string text = output.ToString();
            Assert.Contains("customers served  1,000\n", text);
            Assert.Contains("teller 4 ", text);
            Assert.Contains("ran in ", text);
        }
    }
}
