using System.Collections.Generic;

namespace Coroutines.Generator.Tests.Harness
{
    /// <summary>
    /// Wraps members in a <c>public partial class Sample</c> that has a <c>Log</c> the coroutines under test print to,
    /// so a test can compare everything printed and yielded, in order, with what a Python program prints.
    /// </summary>
    public static class SampleSource
    {
        /// <summary>Compiles <paramref name="members"/> as members of <c>Sample</c>, next to <c>Log</c> and <c>Print</c>.</summary>
        public static Compiled Compile(string members) => Compiled.From($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Coroutines;

            public partial class Sample
            {
                public static List<string> Log = new();

                static void Print(string line) => Log.Add(line);

            {{members}}
            }
            """);

        /// <summary>The <c>Log</c> of the compiled <c>Sample</c> class (each compilation has its own).</summary>
        public static List<string> Log(this Compiled compiled, string type = "Sample") =>
            (List<string>)compiled.Assembly.GetType(type, throwOnError: true)!.GetField("Log")!.GetValue(null)!;
    }
}
