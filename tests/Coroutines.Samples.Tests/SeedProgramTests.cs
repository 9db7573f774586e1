using System;
using System.IO;
using Xunit;

namespace Coroutines.Samples.Tests
{
    /// <summary>Each seed program prints exactly what its Python original prints (samples/Seed/expected/NAME.out).</summary>
    public class SeedProgramTests
    {
        [Theory]
        [InlineData("countdown")]
        [InlineData("averager")]
        [InlineData("chain")]
        [InlineData("yield-from")]
        [InlineData("scheduler")]
        [InlineData("sleep")]
        public void Prints_what_the_Python_program_prints(string name)
        {
            string expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "expected", name + ".out"));
            Assert.Equal(expected.Replace("\r\n", "\n"), Run(name).Replace("\r\n", "\n"));
        }

        private static string Run(string name)
        {
            var original = Console.Out;
            var output = new StringWriter { NewLine = "\n" };
            try
            {
                Console.SetOut(output);
                Assert.Equal(0, Seed.Program.Main(new[] { name }));
            }
            finally
            {
                Console.SetOut(original);
            }
            return output.ToString();
        }
    }
}
