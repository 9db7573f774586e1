using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace Coroutines.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project benchmarks/Coroutines.Benchmarks -- --filter '*'</c> runs the suites
    /// (any BenchmarkDotNet option works: <c>--job short</c>, <c>--job dry</c>, <c>--envVars DOTNET_TieredPGO:0</c>);
    /// <c>-- memory [count]</c> prints the bytes per suspended coroutine; <c>-- verify</c> checks that every
    /// implementation of a suite computes the same result; <c>-- interleaved [rounds]</c> cross-checks the suites
    /// in one process, peers taking turns (for machines with background load); <c>-- generator [coroutines] [rounds]</c>
    /// times the generator over a synthetic project against the whole build.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            if (args.Length > 0 && args[0] == "memory") return MemoryMode.Run(args[1..]);
            if (args.Length > 0 && args[0] == "verify") return Verify.Run();
            if (args.Length > 0 && args[0] == "scheduler") return SchedulerRatios.Run(args[1..]);
            if (args.Length > 0 && args[0] == "interleaved") return Interleaved.Run(args[1..]);
            if (args.Length > 0 && args[0] == "generator") return GeneratorSpeed.GeneratorSpeedMode.Run(args[1..]);

            // Times in ns and sizes in bytes without units in the cells, so that run-all.sh can read the CSV.
            var style = new SummaryStyle(CultureInfo.InvariantCulture, printUnitsInHeader: true, SizeUnit.B, TimeUnit.Nanosecond,
                printUnitsInContent: false, printZeroValuesInContent: true, maxParameterColumnWidth: 20);
            var config = ManualConfig.CreateMinimumViable()
                .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
                .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
                .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
                .AddExporter(MarkdownExporter.GitHub)
                .AddExporter(new CsvExporter(CsvSeparator.Comma, style))
                .WithSummaryStyle(style);
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }
    }
}
