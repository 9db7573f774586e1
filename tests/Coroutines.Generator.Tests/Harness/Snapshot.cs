using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace Coroutines.Generator.Tests.Harness
{
    /// <summary>
    /// Approval of generated files: <see cref="Match"/> compares a text with <c>Snapshots/&lt;name&gt;.verified.cs</c> beside the
    /// calling test's source file. On a mismatch it writes <c>&lt;name&gt;.received.cs</c> next to it and fails with the first
    /// differing lines; with <c>COROUTINES_ACCEPT_SNAPSHOTS=1</c> it overwrites the verified file instead.
    /// </summary>
    public static class Snapshot
    {
        public const string AcceptVariable = "COROUTINES_ACCEPT_SNAPSHOTS";

        public static void Match(string name, string actual, [CallerFilePath] string testFile = "")
        {
            string folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
            string verifiedPath = Path.Combine(folder, name + ".verified.cs");
            string receivedPath = Path.Combine(folder, name + ".received.cs");
            string received = Normalize(actual);

            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }

            string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (verified == received)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }
            Directory.CreateDirectory(folder);
            File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
            throw new XunitException(
                (verified == null ? $"No snapshot {verifiedPath} yet." : $"Snapshot {name} differs from {verifiedPath}:\n" + Diff(verified, received))
                + $"\nThe new text is in {receivedPath}. Review it, then rename it to .verified.cs or run the tests with {AcceptVariable}=1.");
        }

        /// <summary>
        /// Line ends become \n, trailing whitespace goes, and the file paths the generator writes (#line directives, SourceFile)
        /// keep only their file name, so a snapshot does not depend on the machine.
        /// </summary>
        public static string Normalize(string text)
        {
            text = text.Replace("\r\n", "\n");
            text = Regex.Replace(text, @"(#line \d+ "")([^""]*[\\/])([^""\\/]+"")", "$1$3");
            text = Regex.Replace(text, @"(const string SourceFile = "")([^""]*[\\/])([^""\\/]+"")", "$1$3");
            text = Regex.Replace(text, @"[ \t]+\n", "\n");
            return text.TrimEnd('\n') + "\n";
        }

        /// <summary>The first lines that differ, with a little context, numbered.</summary>
        private static string Diff(string expected, string actual)
        {
            var left = expected.Split('\n');
            var right = actual.Split('\n');
            int first = 0;
            while (first < left.Length && first < right.Length && left[first] == right[first]) first++;
            int lastLeft = left.Length - 1, lastRight = right.Length - 1;
            while (lastLeft > first && lastRight > first && left[lastLeft] == right[lastRight]) { lastLeft--; lastRight--; }

            var text = new StringBuilder();
            for (int i = Math.Max(0, first - 3); i < first; i++) text.Append("  ").Append((i + 1).ToString().PadLeft(4)).Append("  ").AppendLine(left[i]);
            for (int i = first; i <= lastLeft && i < first + 40; i++) text.Append("- ").Append((i + 1).ToString().PadLeft(4)).Append("  ").AppendLine(left[i]);
            for (int i = first; i <= lastRight && i < first + 40; i++) text.Append("+ ").Append((i + 1).ToString().PadLeft(4)).Append("  ").AppendLine(right[i]);
            return text.ToString();
        }
    }
}
