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

namespace Coroutines.Differential.Random
{
    /// <summary>
    /// Random programs printed as Python and as C#, driven by the same random steps: CPython's trace and the generated
    /// C#'s must be equal. A fixed set of seeds runs with the suite. On demand, <c>COROUTINES_DIFF_CASES</c> (how many)
    /// and <c>COROUTINES_DIFF_SEED</c> (the first seed) run more; <c>COROUTINES_DIFF_WORKAROUNDS</c> leaves shapes out
    /// and <c>COROUTINES_DIFF_LARGE=1</c> makes programs bigger (see <see cref="RandomLimits"/>); <c>COROUTINES_DIFF_OUT</c> (a directory) receives each failure, shrunk, as a
    /// ready corpus pair NAME.py + NAME.cs.
    /// </summary>
    public sealed class RandomDifferentialTests
    {
        /// <summary>Cases per python3 process and per C# compilation: both cost about the same for one case or many.</summary>
        private const int BatchSize = 80;

        /// <summary>Distinct failures shrunk per run; shrinking one takes up to a few minutes.</summary>
        private const int MaxShrunk = 3;

        private readonly ITestOutputHelper output;

        public RandomDifferentialTests(ITestOutputHelper output) => this.output = output;

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        [InlineData(5)]
        [InlineData(6)]
        public void Random_programs_print_what_CPython_prints(int batch)
        {
            var limits = RandomLimits.FromEnvironment();
            var programs = Enumerable.Range(batch * 100_000, BatchSize).Select(seed => RandomProgramGenerator.Generate(seed, limits)).ToList();
            var failures = RandomRunner.Run(programs);
            Assert.True(failures.Count == 0, Summary(failures, programs.Count, limits));
        }

        [Fact]
        public void On_demand()
        {
            string? cases = Environment.GetEnvironmentVariable("COROUTINES_DIFF_CASES");
            string? seed = Environment.GetEnvironmentVariable("COROUTINES_DIFF_SEED");
            if (cases == null && seed == null) return;
            int count = cases != null ? int.Parse(cases, CultureInfo.InvariantCulture) : 1;
            int first = seed != null ? int.Parse(seed, CultureInfo.InvariantCulture) : 1;
            var limits = RandomLimits.FromEnvironment();
            var failures = new ConcurrentBag<RandomFailure>();
            var batches = Enumerable.Range(first, count).Chunk(BatchSize).ToList();
            Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, batch =>
            {
                var programs = batch.Select(s => RandomProgramGenerator.Generate(s, limits)).ToList();
                foreach (var failure in RandomRunner.Run(programs)) failures.Add(failure);
            });
            string summary = Summary(failures.OrderBy(f => f.Program.Seed).ToList(), count, limits);
            output.WriteLine(summary);
            Assert.True(failures.IsEmpty, summary);
        }

        /// <summary>Failures grouped by kind; the smallest of each group shrunk and printed as a corpus pair.</summary>
        private static string Summary(IReadOnlyList<RandomFailure> failures, int cases, RandomLimits limits)
        {
            var text = new StringBuilder();
            text.Append(cases).Append(" cases, ").Append(failures.Count).Append(" failures");
            if (!limits.Workarounds.IsEmpty) text.Append(", shapes left out: ").Append(string.Join(",", limits.Workarounds.OrderBy(w => w)));
            text.Append('\n');
            string? directory = Environment.GetEnvironmentVariable("COROUTINES_DIFF_OUT");
            int shrunk = 0;
            foreach (var group in failures.GroupBy(f => f.Kind + " " + f.Signature).OrderByDescending(g => g.Count()))
            {
                text.Append("\n#### ").Append(group.Count()).Append(" x ").Append(group.Key).Append("\nseeds: ")
                    .Append(string.Join(", ", group.Select(f => f.Program.Seed))).Append('\n');
                foreach (var failure in group.OrderBy(f => RandomWalk.Size(f.Program)).Take(shrunk < MaxShrunk ? 1 : 0))
                {
                    shrunk++;
                    var small = RandomShrinker.Shrink(failure);
                    string name = $"random_seed_{small.Program.Seed}";
                    string comment = $"Random program (seed {small.Program.Seed}, shrunk): {small.Kind} ({small.Signature}).";
                    string python = PythonPrinter.Standalone(small.Program, comment), csharp = CSharpPrinter.Standalone(small.Program, comment);
                    text.Append(small.Message).Append('\n')
                        .Append("---- Corpus/").Append(name).Append(".py\n").Append(python)
                        .Append("---- Corpus/").Append(name).Append(".cs\n").Append(csharp);
                    if (directory != null)
                    {
                        Directory.CreateDirectory(directory);
                        File.WriteAllText(Path.Combine(directory, name + ".py"), python);
                        File.WriteAllText(Path.Combine(directory, name + ".cs"), csharp);
                    }
                }
            }
            return text.ToString();
        }
    }
}
