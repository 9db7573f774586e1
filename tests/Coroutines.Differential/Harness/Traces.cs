using System;
using System.Linq;
using System.Text;
using Xunit.Sdk;

namespace Coroutines.Differential.Harness
{
    /// <summary>Compares the trace CPython printed with the one the generated C# printed, line by line.</summary>
    public static class Traces
    {
        public static void AssertSame(string python, string csharp, string context)
        {
            string[] expected = Lines(python), actual = Lines(csharp);
            int first = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
                .FirstOrDefault(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i], -1);
            if (first < 0) return;
            var message = new StringBuilder();
            message.AppendLine($"{context}: the traces differ at line {first + 1}.");
            message.AppendLine($"  CPython: {(first < expected.Length ? expected[first] : "<end of output>")}");
            message.AppendLine($"  C#:      {(first < actual.Length ? actual[first] : "<end of output>")}");
            message.AppendLine("--- CPython ---").AppendLine(string.Join("\n", expected));
            message.AppendLine("--- C# ---").AppendLine(string.Join("\n", actual));
            throw new XunitException(message.ToString());
        }

        private static string[] Lines(string text)
        {
            var lines = text.Replace("\r\n", "\n").Split('\n');
            return text.EndsWith("\n", StringComparison.Ordinal) ? lines.Take(lines.Length - 1).ToArray() : lines;
        }
    }
}
