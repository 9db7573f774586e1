using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Coroutines.Generator.Tests.Harness;

namespace Coroutines.Differential.Harness
{
    /// <summary>
    /// Compiles C# programs through the coroutine generator in-process (with Support/Py.cs beside them) and runs an entry
    /// point, capturing what it prints on the console.
    /// </summary>
    public static class CSharpProgram
    {
        /// <summary>One capture at a time: the console is the process's, and test classes run in parallel.</summary>
        private static readonly object ConsoleLock = new object();

        /// <summary>The source of Support/Py.cs, compiled with every program.</summary>
        public static readonly Lazy<string> Support = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Support", "Py.cs")));

        /// <summary>Generates, compiles and loads <paramref name="source"/> together with the Python printing support.</summary>
        public static Assembly Compile(string source) => Compiled.From(source, Support.Value).Assembly;

        /// <summary>
        /// Runs the static parameterless method <paramref name="typeDotMethod"/> and returns what it printed; a program that
        /// prints more than <paramref name="maxLines"/> lines has run away and is stopped by an exception at the next line.
        /// </summary>
        public static string Run(Assembly assembly, string typeDotMethod, int maxLines = int.MaxValue)
        {
            int dot = typeDotMethod.LastIndexOf('.');
            var type = assembly.GetType(typeDotMethod.Substring(0, dot), throwOnError: true)!;
            var method = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Single(m => m.Name == typeDotMethod.Substring(dot + 1) && m.GetParameters().Length == 0);
            lock (ConsoleLock)
            {
                var saved = Console.Out;
                var output = new LimitedWriter(maxLines);
                Console.SetOut(output);
                try
                {
                    method.Invoke(null, null);
                }
                catch (TargetInvocationException e) when (e.InnerException != null)
                {
                    throw new InvalidOperationException($"{typeDotMethod} threw after printing:\n{output}", e.InnerException);
                }
                finally
                {
                    Console.SetOut(saved);
                }
                return output.ToString();
            }
        }

        /// <summary>Captures console output and stops a program that runs away.</summary>
        private sealed class LimitedWriter : StringWriter
        {
            private readonly int maxLines;
            private int lines;

            public LimitedWriter(int maxLines)
            {
                this.maxLines = maxLines;
                NewLine = "\n";
            }

            public override void WriteLine(string? value)
            {
                if (++lines > maxLines) throw new OutputLimitException(maxLines);
                base.WriteLine(value);
            }
        }

        // A program's catch-all prints it, which throws again, so the program fails instead of filling memory.
        private sealed class OutputLimitException : Exception
        {
            public OutputLimitException(int maxLines) : base($"more than {maxLines} lines printed") { }
        }
    }
}
