using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Coroutines.Benchmarks.GeneratorSpeed
{
    /// <summary>
    /// A project of N coroutines, 20 to a file, cycling through five bodies that exercise the generator's phases:
    /// a loop, a send loop, try/finally with foreach and pauses in every part, pauses inside expressions and a
    /// switch, and a YieldFrom with a return value.
    /// </summary>
    public static class SyntheticSolution
    {
        public const int CoroutinesPerFile = 20;

        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        private static readonly MetadataReference[] References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(CoroutineAttribute).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();

        /// <summary>The parsed files of a project with <paramref name="coroutines"/> coroutines.</summary>
        public static SyntaxTree[] Trees(int coroutines) =>
            Enumerable.Range(0, (coroutines + CoroutinesPerFile - 1) / CoroutinesPerFile)
                .Select(file => CSharpSyntaxTree.ParseText(File(file, Math.Min(CoroutinesPerFile, coroutines - file * CoroutinesPerFile)), ParseOptions, path: $"File{file}.cs"))
                .ToArray();

        /// <summary>A fresh compilation of <paramref name="trees"/> (nothing bound yet).</summary>
        public static CSharpCompilation Compilation(SyntaxTree[] trees) =>
            CSharpCompilation.Create("Synthetic", trees, References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

        private static string File(int file, int count)
        {
            var text = new StringBuilder();
            text.AppendLine("using System;");
            text.AppendLine("using System.Collections.Generic;");
            text.AppendLine("using Coroutines;");
            text.AppendLine();
            text.AppendLine($"namespace Synthetic.N{file};");
            text.AppendLine();
            text.AppendLine($"public static partial class File{file}");
            text.AppendLine("{");
            text.AppendLine("    static int F(int a, int b) => a * 31 + b;");
            for (int i = 0; i < count; i++) text.AppendLine(Body(i % 5, $"C{i}", $"C{i - i % 5}"));
            text.AppendLine("}");
            return text.ToString();
        }

        private static string Body(int kind, string name, string countdown) => kind switch
        {
            0 => $$"""
                    [Coroutine]
                    public static partial int {{name}}(Co<int> co, int n)
                    {
                        int steps = 0;
                        while (n > 0)
                        {
                            co.Yield(n);
                            n--;
                            steps++;
                        }
                        return steps;
                    }
                """,
            1 => $$"""
                    [Coroutine]
                    public static partial void {{name}}(Co<double?, double> co)
                    {
                        double total = 0;
                        int count = 0;
                        double? average = null;
                        while (true)
                        {
                            double value = co.Yield(average);
                            total += value;
                            count++;
                            average = total / count;
                        }
                    }
                """,
            2 => $$"""
                    [Coroutine]
                    public static partial void {{name}}(Co<string> co, List<string> items)
                    {
                        try
                        {
                            foreach (var item in items)
                            {
                                if (item.Length == 0) continue;
                                co.Yield("item " + item);
                            }
                        }
                        catch (InvalidOperationException e) when (e.Message.Length > 0)
                        {
                            co.Yield("caught " + e.Message);
                        }
                        finally
                        {
                            co.Yield("cleanup");
                        }
                    }
                """,
            3 => $$"""
                    [Coroutine]
                    public static partial string {{name}}(Co<int, int> co, int seed)
                    {
                        int x = F(co.Yield(seed), seed + co.Yield(1) * 2);
                        string label = x switch { < 0 => "negative", 0 => "zero", _ => "positive" };
                        switch (co.Yield(x) % 3)
                        {
                            case 0:
                                co.Yield(x + 1);
                                break;
                            case 1 when seed > 0:
                                return label;
                            default:
                                x = co.Yield(x) > 0 && co.Yield(2) > 0 ? 1 : 2;
                                break;
                        }
                        return $"{label} {x} {co.Yield(3)}";
                    }
                """,
            _ => $$"""
                    [Coroutine]
                    public static partial void {{name}}(Co<int> co, int rounds)
                    {
                        int total = 0;
                        for (int r = 0; r < rounds; r++)
                        {
                            total += co.YieldFrom({{countdown}}(r));
                        }
                        co.Yield(total);
                    }
                """,
        };
    }
}
