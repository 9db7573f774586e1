using System;
using System.Diagnostics;
using System.Linq;

namespace Coroutines.Benchmarks.GeneratorSpeed
{
    /// <summary>
    /// <c>-- generator [coroutines] [rounds]</c>: times the generator and the whole build over the synthetic project,
    /// alternating the two so both meet the same background load, and prints the fastest and median rounds.
    /// </summary>
    public static class GeneratorSpeedMode
    {
        public static int Run(string[] args)
        {
            int coroutines = args.Length > 0 ? int.Parse(args[0]) : 1000;
            int rounds = args.Length > 1 ? int.Parse(args[1]) : 10;
            var trees = SyntheticSolution.Trees(coroutines);
            Console.WriteLine($"{coroutines} coroutines in {trees.Length} files; {rounds} rounds after one warm-up round");

            var generate = new double[rounds];
            var build = new double[rounds];
            var emitOnly = new double[rounds];
            for (int round = -1; round < rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                var output = Build.Generate(trees);
                double generated = clock.Elapsed.TotalMilliseconds;
                Build.Emit(output);
                double built = clock.Elapsed.TotalMilliseconds;
                if (round < 0)
                {
                    Console.WriteLine($"warm-up: generator {generated:F0} ms, whole build {built:F0} ms, {output.SyntaxTrees.Count() - trees.Length} files generated");
                    continue;
                }
                generate[round] = generated;
                build[round] = built;
                emitOnly[round] = built - generated;
            }

            Console.WriteLine($"{"",-34}{"fastest",10}{"median",10}");
            Print("generator (fresh driver), ms", generate);
            Print("whole build (generator + emit), ms", build);
            Print("emit alone, ms", emitOnly);
            Console.WriteLine($"generator share of the whole build: {Median(generate) / Median(build):P1} (median rounds)");
            return 0;
        }

        private static void Print(string what, double[] times) => Console.WriteLine($"{what,-34}{times.Min(),10:F0}{Median(times),10:F0}");

        private static double Median(double[] times)
        {
            var sorted = times.OrderBy(t => t).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
