using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Coroutines.Differential.Harness;
using Coroutines.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace Coroutines.Differential.Random
{
    internal enum FailureKind { TraceMismatch, CompileError, CSharpThrew }

    /// <summary>A program whose C# twin does not print what CPython printed.</summary>
    internal sealed record RandomFailure(RandomProgram Program, FailureKind Kind, string Signature, string Message)
    {
        public string PythonSource => PythonPrinter.Standalone(Program);

        public string CSharpSource => CSharpPrinter.Standalone(Program);

        public string Report() =>
            $"seed {Program.Seed}: {Kind} ({Signature})\n{Message}\n---- Python\n{PythonSource}---- C#\n{CSharpSource}";
    }

    /// <summary>
    /// Runs programs on both sides in batches: one python3 process for all of them (a separator line before each case)
    /// and one C# compilation (a namespace per case), then compares the traces case by case.
    /// </summary>
    internal static class RandomRunner
    {
        /// <summary>A program that prints this many lines has run away (CPython's twin never prints so many).</summary>
        private const int MaxLines = 5000;

        public static List<RandomFailure> Run(IReadOnlyList<RandomProgram> programs)
        {
            var failures = new List<RandomFailure>();
            if (programs.Count == 0) return failures;
            var python = SplitCases(Python.Run(PythonPrinter.Batch(programs)), programs.Count);
            var compiled = new Dictionary<int, (Assembly Assembly, int Index)>();
            Compile(programs, Enumerable.Range(0, programs.Count).ToList(), compiled, failures);
            foreach (var (k, (assembly, index)) in compiled.OrderBy(c => c.Key))
            {
                string csharp;
                try
                {
                    csharp = CSharpProgram.Run(assembly, CSharpPrinter.Namespace(index) + ".Program.Main", MaxLines);
                }
                catch (Exception e)
                {
                    failures.Add(new RandomFailure(programs[k], FailureKind.CSharpThrew, e.GetType().Name, e.ToString()));
                    continue;
                }
                try
                {
                    Traces.AssertSame(python[k], csharp, $"seed {programs[k].Seed}");
                }
                catch (XunitException e)
                {
                    failures.Add(new RandomFailure(programs[k], FailureKind.TraceMismatch, "trace", e.Message));
                }
            }
            return failures;
        }

        /// <summary>
        /// Compiles the cases in one compilation; when that fails, splits them in halves to find the cases that do not
        /// compile, so one bad case costs a few more compilations, not the batch.
        /// </summary>
        private static void Compile(IReadOnlyList<RandomProgram> programs, List<int> indexes, Dictionary<int, (Assembly, int)> compiled, List<RandomFailure> failures)
        {
            var chosen = indexes.Select(i => programs[i]).ToList();
            var sources = CSharpPrinter.Batch(chosen).Append(CSharpProgram.Support.Value).ToArray();
            string? problem = null, signature = null;
            Assembly? assembly = null;
            try
            {
                var run = GeneratorRun.Of(sources);
                if (run.GeneratorDiagnostics.Length > 0)
                {
                    signature = string.Join(",", run.GeneratorDiagnostics.Select(d => d.Id).Distinct().OrderBy(d => d));
                    problem = "The generator reported diagnostics:\n" + string.Join("\n", run.GeneratorDiagnostics) + "\n" + run.NumberedSources();
                }
                else
                {
                    using var stream = new MemoryStream();
                    var emitted = run.Output.Emit(stream);
                    var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
                    if (!emitted.Success || problems.Count > 0)
                    {
                        signature = string.Join(",", problems.Select(d => d.Id).Distinct().OrderBy(d => d));
                        problem = "The generated code does not compile cleanly:\n" + string.Join("\n", problems) + "\n" + run.NumberedSources();
                    }
                    else
                    {
                        assembly = Assembly.Load(stream.ToArray());
                    }
                }
            }
            catch (Exception e)
            {
                signature = "generator threw " + (e.InnerException ?? e).GetType().Name;
                problem = e.ToString();
            }
            if (assembly != null)
            {
                for (int j = 0; j < indexes.Count; j++) compiled[indexes[j]] = (assembly, j);
                return;
            }
            if (indexes.Count == 1)
            {
                failures.Add(new RandomFailure(programs[indexes[0]], FailureKind.CompileError, signature!, problem!));
                return;
            }
            int half = indexes.Count / 2;
            Compile(programs, indexes.Take(half).ToList(), compiled, failures);
            Compile(programs, indexes.Skip(half).ToList(), compiled, failures);
        }

        private static string[] SplitCases(string output, int count)
        {
            var cases = new StringBuilder?[count];
            StringBuilder? current = null;
            foreach (var line in output.Replace("\r\n", "\n").Split('\n'))
            {
                if (line.StartsWith(PythonPrinter.Separator, StringComparison.Ordinal))
                {
                    int k = int.Parse(line.Substring(PythonPrinter.Separator.Length), System.Globalization.CultureInfo.InvariantCulture);
                    current = cases[k] = new StringBuilder();
                    continue;
                }
                current?.Append(line).Append('\n');
            }
            if (cases.Any(c => c == null)) throw new InvalidOperationException("python3 did not run every case:\n" + output);
            return cases.Select(c => c!.ToString().TrimEnd('\n') + "\n").ToArray();
        }
    }
}
