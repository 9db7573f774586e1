using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Coroutines.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace Coroutines.Generator.Tests.Fuzz
{
    internal enum FuzzFailureKind
    {
        /// <summary>The generator threw.</summary>
        GeneratorThrew,
        /// <summary>The generator reported a diagnostic for a program that only uses supported constructs.</summary>
        GeneratorDiagnostic,
        /// <summary>The generated code does not compile, or draws a warning.</summary>
        GeneratedCodeDoesNotCompile,
        /// <summary>The program itself does not compile cleanly: a bug of the fuzzer.</summary>
        InvalidProgram,
        /// <summary>The coroutine's trace differs from the plain method's.</summary>
        TraceMismatch,
        /// <summary>The coroutine (or its twin) ran past the time limit.</summary>
        Hang,
    }

    /// <summary>A failing case: what went wrong, and everything needed to see why.</summary>
    internal sealed record FuzzFailure(FuzzProgram Program, FuzzFailureKind Kind, string Detail, IReadOnlyList<string>? CoroutineTrace = null, IReadOnlyList<string>? PlainTrace = null)
    {
        /// <summary>A short key that groups failures of the same bug: the kind and the first thing that went wrong.</summary>
        public string Signature => Kind switch
        {
            FuzzFailureKind.TraceMismatch => "trace mismatch: " + FirstDifference(),
            _ => Kind + ": " + Normalize(Detail.Split('\n')[0]),
        };

        /// <summary>A diagnostic or exception message without its places and names, which differ between programs.</summary>
        private static string Normalize(string message)
        {
            message = Regex.Replace(message, @"\S+\.cs(\(\d+,\d+\)|:\d+)", "");
            message = Regex.Replace(message, @"'[^']*'", "'…'");
            return Regex.Replace(message, @"\d+", "#").Trim();
        }

        private string FirstDifference()
        {
            var coroutine = CoroutineTrace ?? Array.Empty<string>();
            var plain = PlainTrace ?? Array.Empty<string>();
            for (int i = 0; ; i++)
            {
                string? a = i < coroutine.Count ? coroutine[i] : null;
                string? b = i < plain.Count ? plain[i] : null;
                if (a == null && b == null) return "(none)";
                if (a != b) return $"coroutine '{a ?? "<end>"}' vs plain '{b ?? "<end>"}'";
            }
        }

        /// <summary>The seed, the program, both traces side by side and the generated source of this program alone.</summary>
        public string Report()
        {
            var text = new StringBuilder();
            text.Append("==== fuzz failure, seed ").Append(Program.Seed).Append(" (COROUTINES_FUZZ_SEED=").Append(Program.Seed)
                .Append(" COROUTINES_FUZZ_CASES=1): ").Append(Kind).Append('\n');
            text.Append(Detail).Append('\n');
            text.Append("---- program (coroutine printing; the plain twin reads y(e) for co.Yield(e))\n");
            text.Append(Program.Text());
            if (CoroutineTrace != null || PlainTrace != null)
            {
                text.Append("---- traces: coroutine | plain\n");
                var coroutine = CoroutineTrace ?? Array.Empty<string>();
                var plain = PlainTrace ?? Array.Empty<string>();
                for (int i = 0; i < Math.Max(coroutine.Count, plain.Count); i++)
                {
                    string a = i < coroutine.Count ? coroutine[i] : "<end>";
                    string b = i < plain.Count ? plain[i] : "<end>";
                    text.Append(a == b ? "   " : "!! ").Append(a.PadRight(30)).Append(" | ").Append(b).Append('\n');
                }
            }
            text.Append("---- generated source\n");
            try
            {
                text.Append(GeneratorRun.Of(FuzzSupport.CompilationSource(new[] { ("Case0", Program) })).NumberedSources());
            }
            catch (Exception e)
            {
                text.Append("(the generator threw: ").Append(e.InnerException ?? e).Append(")\n");
            }
            return text.ToString();
        }
    }

    /// <summary>Compiles many programs in one compilation, runs each as a coroutine and as a plain method, compares.</summary>
    internal static class FuzzRunner
    {
        /// <summary>How long all the cases of one compilation may run.</summary>
        public static TimeSpan RunTimeout { get; set; } = TimeSpan.FromSeconds(30);

        private static readonly Regex CaseName = new Regex(@"Case(\d+)", RegexOptions.Compiled);

        /// <summary>Runs <paramref name="programs"/> (in one compilation where possible) and returns the failures.</summary>
        public static List<FuzzFailure> Run(IReadOnlyList<FuzzProgram> programs)
        {
            var failures = new List<FuzzFailure>();
            var pending = programs.ToList();
            // A case whose program or generated code fails to compile poisons its compilation: take it out and retry.
            for (int attempt = 0; pending.Count > 0 && attempt < 8; attempt++)
            {
                var (compiled, rejected) = Compile(pending);
                failures.AddRange(rejected);
                var rejectedPrograms = new HashSet<FuzzProgram>(rejected.Select(r => r.Program), ReferenceEqualityComparer.Instance);
                if (compiled == null)
                {
                    if (rejected.Count == 0) throw new InvalidOperationException("A fuzz compilation failed without naming a case.");
                    pending = pending.Where(p => !rejectedPrograms.Contains(p)).ToList();
                    continue;
                }
                failures.AddRange(Execute(compiled, pending.Where(p => !rejectedPrograms.Contains(p)).ToList(), pending));
                break;
            }
            return failures;
        }

        /// <summary>
        /// Both traces of a body written as text (<c>co.Yield(e)</c> in it becomes <c>y(e)</c> in the plain twin).
        /// Throws, with the generated source, when the generator throws or reports, or its output does not compile cleanly.
        /// </summary>
        public static (List<string> Coroutine, List<string> Plain) TracesOfText(string body, int schedule = NoThrows)
        {
            var type = CompileText(body, withCoroutine: true);
            return (Invoke(type, "RunCoroutine", schedule), Invoke(type, "RunPlain", schedule));
        }

        /// <summary>The trace of the plain twin of a body written as text, compiled without the coroutine: what C# says.</summary>
        public static List<string> PlainTraceOfText(string body, int schedule = NoThrows) => Invoke(CompileText(body, withCoroutine: false), "RunPlain", schedule);

        /// <summary>The driver only sends.</summary>
        public const int NoThrows = -1;

        /// <summary>The schedule of exceptions the second run of a program throws in (see <c>Fz.ThrowsAt</c>).</summary>
        public static int ThrowSchedule(FuzzProgram program) => ((program.Seed % 5) + 5) % 5;

        /// <summary>
        /// The third run closes the coroutine at its first to fifth yield (see <c>Fz.ClosesAt</c>). Programs that delegate
        /// are left out: a plain call cannot model PEP 380's close of the inner generator first.
        /// </summary>
        public static int CloseSchedule(FuzzProgram program) => -2 - (((program.Seed / 5 % 5) + 5) % 5 + 1);

        private static int[] Schedules(FuzzProgram program) => program.Subs.Length == 0
            ? new[] { NoThrows, ThrowSchedule(program), CloseSchedule(program) }
            : new[] { NoThrows, ThrowSchedule(program) };

        private static Type CompileText(string body, bool withCoroutine)
        {
            string Indent(string text) => string.Concat(text.Replace("\r", "").Split('\n').Select(l => l.Length == 0 ? "\n" : "        " + l + "\n"));
            string source = FuzzSupport.CompilationSource(new[] { FuzzSupport.CaseClass("Case0", 0, withCoroutine ? Indent(body) : null, Indent(body.Replace("co.Yield(", "y("))) });
            var run = GeneratorRun.Of(source);
            using var stream = new MemoryStream();
            var emitted = run.Output.Emit(stream);
            var problems = run.GeneratorDiagnostics.Concat(emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)).ToList();
            if (problems.Count > 0 || !emitted.Success)
                throw new InvalidOperationException("The program does not compile cleanly:\n" + string.Join("\n", problems) + "\n" + run.NumberedSources());
            return Assembly.Load(stream.ToArray()).GetType("Case0", throwOnError: true)!;
        }

        private static (Assembly? Assembly, List<FuzzFailure> Rejected) Compile(IReadOnlyList<FuzzProgram> programs, bool generateOnly = false)
        {
            var cases = programs.Select((p, i) => ("Case" + i, p)).ToList();
            string source = FuzzSupport.CompilationSource(cases);
            var rejected = new List<FuzzFailure>();
            GeneratorRun run;
            try
            {
                run = GeneratorRun.Of(source);
            }
            catch (InvalidOperationException e) when (e.Message == "The generator threw.")
            {
                if (programs.Count == 1)
                {
                    rejected.Add(new FuzzFailure(programs[0], FuzzFailureKind.GeneratorThrew, e.InnerException?.ToString() ?? e.ToString()));
                    return (null, rejected);
                }
                // find the culprits by halves
                int half = programs.Count / 2;
                foreach (var part in new[] { programs.Take(half).ToList(), programs.Skip(half).ToList() })
                {
                    var (_, inPart) = Compile(part, generateOnly: true);
                    rejected.AddRange(inPart.Where(f => f.Kind == FuzzFailureKind.GeneratorThrew));
                }
                return (null, rejected);
            }
            if (generateOnly) return (null, rejected);

            var lineOfCase = LinesOfCases(source);
            FuzzProgram? CaseAt(Diagnostic diagnostic)
            {
                // Generator diagnostics travel as plain records: their locations have a path and a span, but no tree.
                var span = diagnostic.Location.GetLineSpan();
                if (!span.IsValid) return null;
                var match = CaseName.Match(Path.GetFileName(span.Path));
                if (match.Success)
                    return programs[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)];
                if (!span.Path.EndsWith("Source0.cs", StringComparison.Ordinal)) return null;
                int line = span.StartLinePosition.Line;
                int index = lineOfCase.FindLastIndex(start => start <= line);
                return index >= 0 ? programs[index] : null;
            }

            foreach (var group in run.GeneratorDiagnostics.GroupBy(CaseAt))
            {
                if (group.Key == null) throw new InvalidOperationException("Generator diagnostic outside every case:\n" + string.Join("\n", group));
                rejected.Add(new FuzzFailure(group.Key, FuzzFailureKind.GeneratorDiagnostic, string.Join("\n", group)));
            }

            using var stream = new MemoryStream();
            var emitted = run.Output.Emit(stream);
            var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            foreach (var group in problems.GroupBy(CaseAt))
            {
                if (group.Key == null) throw new InvalidOperationException("Compilation problem outside every case:\n" + string.Join("\n", group));
                if (rejected.Any(r => ReferenceEquals(r.Program, group.Key))) continue;
                bool inUserCode = group.Any(d => d.Location.GetLineSpan().Path.EndsWith("Source0.cs", StringComparison.Ordinal));
                rejected.Add(new FuzzFailure(group.Key, inUserCode ? FuzzFailureKind.InvalidProgram : FuzzFailureKind.GeneratedCodeDoesNotCompile,
                    string.Join("\n", group.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + " at " + Path.GetFileName(d.Location.GetLineSpan().Path) + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1)))));
            }
            if (rejected.Count > 0 || !emitted.Success) return (null, rejected);
            return (Assembly.Load(stream.ToArray()), rejected);
        }

        /// <summary>The first (zero-based) line of each case's class in the compilation's source.</summary>
        private static List<int> LinesOfCases(string source)
        {
            var starts = new List<int>();
            var lines = source.Split('\n');
            for (int i = 0; i < lines.Length; i++)
                if (lines[i].StartsWith("// seed ", StringComparison.Ordinal)) starts.Add(i);
            return starts;
        }

        private static List<FuzzFailure> Execute(Assembly assembly, IReadOnlyList<FuzzProgram> programs, IReadOnlyList<FuzzProgram> compiledOrder)
        {
            var failures = new List<FuzzFailure>();
            int current = -1;
            Exception? crash = null;
            var thread = new Thread(() =>
            {
                try
                {
                    for (int i = 0; i < programs.Count; i++)
                    {
                        Volatile.Write(ref current, i);
                        var program = programs[i];
                        var type = assembly.GetType("Case" + IndexOf(compiledOrder, program), throwOnError: true)!;
                        // once sending only, once throwing exceptions in at some yields, once closing at a yield
                        foreach (int schedule in Schedules(program))
                        {
                            var coroutine = Invoke(type, "RunCoroutine", schedule);
                            var plain = Invoke(type, "RunPlain", schedule);
                            if (coroutine.SequenceEqual(plain)) continue;
                            string how = schedule == NoThrows ? "The coroutine's trace differs from the plain method's (driven by sends only)."
                                : schedule >= 0 ? $"The coroutine's trace differs from the plain method's (driven with exceptions thrown in, schedule {schedule})."
                                : $"The coroutine's trace differs from the plain method's (closed at yield {-schedule - 1}, schedule {schedule}).";
                            lock (failures) failures.Add(new FuzzFailure(program, FuzzFailureKind.TraceMismatch, how, coroutine, plain));
                            break;
                        }
                    }
                    Volatile.Write(ref current, programs.Count);
                }
                catch (Exception e)
                {
                    crash = e;
                }
            }, 16 * 1024 * 1024) { IsBackground = true, Name = "fuzz cases" };
            thread.Start();
            if (!thread.Join(RunTimeout))
            {
                int stuck = Volatile.Read(ref current);
                lock (failures)
                {
                    var result = failures.ToList();
                    if (stuck >= 0 && stuck < programs.Count)
                        result.Add(new FuzzFailure(programs[stuck], FuzzFailureKind.Hang, $"Still running after {RunTimeout.TotalSeconds} s (the cases after it did not run)."));
                    return result;
                }
            }
            if (crash != null) throw new InvalidOperationException("The fuzz driver crashed.", crash);
            return failures;
        }

        private static int IndexOf(IReadOnlyList<FuzzProgram> programs, FuzzProgram program)
        {
            for (int i = 0; i < programs.Count; i++) if (ReferenceEquals(programs[i], program)) return i;
            throw new InvalidOperationException("program not compiled");
        }

        private static List<string> Invoke(Type type, string method, int schedule)
        {
            try
            {
                return (List<string>)type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { schedule })!;
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                // the drivers catch everything the body throws; what escapes them is a crash of the driver itself
                return new List<string> { "driver crashed: " + e.InnerException.GetType().Name + ": " + e.InnerException.Message };
            }
        }
    }
}
