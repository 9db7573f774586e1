using System;
using System.IO;
using System.Linq;
using Coroutines.Differential.Harness;
using Xunit;

namespace Coroutines.Differential
{
    /// <summary>
    /// Every program pair in Corpus/: NAME.py run by CPython and NAME.cs (entry point <c>Program.Main</c>) compiled through
    /// the generator must print the same trace.
    /// </summary>
    public sealed class CorpusTests
    {
        private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus");

        public static TheoryData<string> Cases()
        {
            var data = new TheoryData<string>();
            foreach (var name in Names("*.py")) data.Add(name);
            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Generated_CSharp_prints_what_CPython_prints(string name)
        {
            string python = Python.Run(File.ReadAllText(Path.Combine(Folder, name + ".py")));
            var assembly = CSharpProgram.Compile(File.ReadAllText(Path.Combine(Folder, name + ".cs")));
            string csharp = CSharpProgram.Run(assembly, "Program.Main");
            Assert.False(string.IsNullOrWhiteSpace(python), $"{name}.py printed nothing: a trace must show what happened");
            Traces.AssertSame(python, csharp, name);
        }

        [Fact]
        public void Every_python_program_has_a_CSharp_twin_and_the_reverse()
        {
            Assert.Equal(Names("*.py"), Names("*.cs"));
        }

        private static string[] Names(string pattern) =>
            Directory.GetFiles(Folder, pattern).Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
    }
}
