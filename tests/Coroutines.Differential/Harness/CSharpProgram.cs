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
        private static readonly object ConsoleLock = new object();

        private static readonly Lazy<string> Support = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Support", "Py.cs")));

        /// <summary>Generates, compiles and loads <paramref name="source"/> together with the Python printing support.</summary>
        public static Assembly Compile(string source) => Compiled.From(source, Support.Value).Assembly;

        /// <summary>Runs the static parameterless method <paramref name="typeDotMethod"/> and returns what it printed.</summary>
        public static string Run(Assembly assembly, string typeDotMethod)
        {
            int dot = typeDotMethod.LastIndexOf('.');
            var type = assembly.GetType(typeDotMethod.Substring(0, dot), throwOnError: true)!;
            var method = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Single(m => m.Name == typeDotMethod.Substring(dot + 1) && m.GetParameters().Length == 0);
            lock (ConsoleLock)
            {
                var saved = Console.Out;
                var output = new StringWriter { NewLine = "\n" };
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
    }
}
