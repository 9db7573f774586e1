using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Coroutines.Generator.Tests.Fuzz
{
    /// <summary>
    /// Differential fuzzing: random programs full of resume points run as a coroutine (driven by MoveNext, then
    /// TrySend(10), TrySend(20)…) and as a plain method whose every <c>co.Yield(e)</c> is a call of a sink that
    /// returns the same values; their traces must be equal. Each program runs a second time with exceptions thrown
    /// in at some yields (TryThrow), where the plain twin's sink throws the same exception at the same call, and a
    /// program that does not delegate runs a third time closed at one of its first yields (the sink throws
    /// GeneratorExitException there).
    /// A fixed set of seeds runs with the suite. To run more, set <c>COROUTINES_FUZZ_CASES</c> (how many) and
    /// <c>COROUTINES_FUZZ_SEED</c> (the first seed), or <c>COROUTINES_FUZZ_SEEDS</c> (a comma-separated list);
    /// <c>COROUTINES_FUZZ_SHRINK=1</c> shrinks each distinct failure to a small program,
    /// <c>COROUTINES_FUZZ_WORKAROUNDS</c> steers clear of bugs already found (see <see cref="FuzzLimits.Workarounds"/>),
    /// <c>COROUTINES_FUZZ_LARGE=1</c> makes bigger programs and <c>COROUTINES_FUZZ_OUT</c> (a directory) keeps the report.
    /// </summary>
    public class FuzzTests
    {
        /// <summary>Programs per compilation: the generator and emit cost about a second each, whatever the size.</summary>
        private const int BatchSize = 50;

        private readonly ITestOutputHelper output;

        public FuzzTests(ITestOutputHelper output) => this.output = output;

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        [InlineData(5)]
        [InlineData(6)]
        public void Coroutine_traces_match_their_plain_twins(int batch)
        {
            int first = batch * 1000;
            var programs = Enumerable.Range(first, BatchSize).Select(seed => FuzzProgramGenerator.Generate(seed)).ToList();
            var failures = FuzzRunner.Run(programs);
            Assert.True(failures.Count == 0, Summary(failures, programs.Count, shrink: false));
        }

        [Fact]
        public void On_demand()
        {
            string? cases = Environment.GetEnvironmentVariable("COROUTINES_FUZZ_CASES");
            string? seed = Environment.GetEnvironmentVariable("COROUTINES_FUZZ_SEED");
            string? list = Environment.GetEnvironmentVariable("COROUTINES_FUZZ_SEEDS");
            if (cases == null && seed == null && list == null) return;
            int count = cases != null ? int.Parse(cases, CultureInfo.InvariantCulture) : 1;
            int first = seed != null ? int.Parse(seed, CultureInfo.InvariantCulture) : 1;
            var seeds = list != null
                ? list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s.Trim(), CultureInfo.InvariantCulture)).ToList()
                : Enumerable.Range(first, count).ToList();
            bool shrink = Environment.GetEnvironmentVariable("COROUTINES_FUZZ_SHRINK") == "1";
            var limits = FuzzLimits.FromEnvironment();

            var failures = new ConcurrentBag<FuzzFailure>();
            var batches = seeds.Chunk(BatchSize).ToList();
            Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, batch =>
            {
                var programs = batch.Select(s => FuzzProgramGenerator.Generate(s, limits)).ToList();
                foreach (var failure in FuzzRunner.Run(programs)) failures.Add(failure);
            });
            string summary = $"depth {limits.MaxDepth}, {limits.MaxStatementsPerBlock} statements a block, {limits.MaxStatements} in all, expressions {limits.MaxExpressionDepth} deep\n"
                + (limits.Workarounds.IsEmpty ? "" : "workarounds: " + string.Join(",", limits.Workarounds.OrderBy(w => w)) + "\n")
                + Summary(failures.OrderBy(f => f.Program.Seed).ToList(), seeds.Count, shrink);
            output.WriteLine(summary);
            string? directory = Environment.GetEnvironmentVariable("COROUTINES_FUZZ_OUT");
            if (directory != null)
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(Path.Combine(directory, $"fuzz-{seeds[0]}-{seeds.Count}.txt"), summary);
            }
            Assert.True(failures.IsEmpty, summary);
        }

        /// <summary>Failures grouped by signature; the full report (and, when asked, a shrunk program) for the smallest of each group.</summary>
        private static string Summary(IReadOnlyList<FuzzFailure> failures, int cases, bool shrink)
        {
            var text = new StringBuilder();
            text.Append(cases).Append(" cases, ").Append(failures.Count).Append(" failures\n");
            foreach (var group in failures.GroupBy(f => f.Signature).OrderByDescending(g => g.Count()))
            {
                text.Append("\n#### ").Append(group.Count()).Append(" x ").Append(group.Key).Append("\nseeds: ")
                    .Append(string.Join(", ", group.Select(f => f.Program.Seed))).Append('\n');
                var smallest = group.OrderBy(f => FuzzShrinker.Size(f.Program)).First();
                text.Append(smallest.Report());
                if (shrink)
                {
                    var shrunk = FuzzShrinker.Shrink(smallest);
                    text.Append("---- shrunk\n").Append(shrunk.Report());
                }
            }
            return text.ToString();
        }
    }
}
