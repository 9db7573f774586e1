using System;
using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// Compiles coroutines written as members of <c>public static partial class Sample</c>, which also holds a trace
    /// (<c>Log</c>), <c>Fail(e)</c> (throws without making the code after it unreachable), <c>Repr(x)</c> (formats a
    /// value as Python's <c>repr</c> does) and <c>StateOf(g)</c> (a state as <c>inspect.getgeneratorstate</c> names it),
    /// so that a trace reads like the output of the Python program in the test's comment.
    /// </summary>
    internal sealed class YieldFromSample
    {
        private const string Prelude = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Coroutines;

            public static partial class Sample
            {
                public static List<string> Log = new();

                public static void Fail(Exception e) => throw e;

                public static string StateOf<TYield, TSend>(IGenerator<TYield, TSend> g) => "GEN_" + g.State.ToString().ToUpperInvariant();

                public static string Repr(object? value) => value switch
                {
                    null => "None",
                    string s => "'" + s + "'",
                    bool b => b ? "True" : "False",
                    StopIterationException e => "StopIteration(" + Repr(e.Value) + ")",
                    Exception e => e.GetType().Name + "(" + Repr(e.Message) + ")",
                    _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                };

            """;

        private readonly Compiled compiled;
        private readonly string source;

        private YieldFromSample(Compiled compiled, string source)
        {
            this.compiled = compiled;
            this.source = source;
        }

        /// <summary>Generates, compiles and loads <paramref name="members"/> inside <c>Sample</c>.</summary>
        public static YieldFromSample Compile(string members)
        {
            string source = Prelude + members + "\n}\n";
            return new YieldFromSample(Compiled.From(source), source);
        }

        /// <summary>The line (from 1) of the compiled source on which <paramref name="text"/> stands; it must occur once.</summary>
        public int LineOf(string text)
        {
            var lines = source.Split('\n');
            return Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].Contains(text, StringComparison.Ordinal)) + 1;
        }

        /// <summary>The trace the coroutines (and the test) write to.</summary>
        public List<string> Log => (List<string>)SampleType.GetField("Log")!.GetValue(null)!;

        /// <summary>Calls the factory <c>Sample.<paramref name="method"/></c>.</summary>
        public T Make<T>(string method, params object?[] arguments) => compiled.Make<T>("Sample." + method, arguments);

        /// <summary>Python's <c>repr</c> of <paramref name="value"/>, as the sample's own <c>Repr</c> writes it.</summary>
        public string Repr(object? value) => (string)compiled.Call("Sample.Repr", value)!;

        /// <summary>A state as <c>inspect.getgeneratorstate</c> names it, as the sample's own <c>StateOf</c> writes it.</summary>
        public static string StateOf(CoroutineState state) => "GEN_" + state.ToString().ToUpperInvariant();

        /// <summary>Sets a public static field of <c>Sample</c> (for coroutines that need a generator made by the test).</summary>
        public void Set(string field, object? value) => SampleType.GetField(field)!.SetValue(null, value);

        /// <summary>Creates an instance of a type nested in <c>Sample</c>, e.g. an exception class the coroutines catch.</summary>
        public T New<T>(string nestedType, params object?[] arguments) =>
            (T)Activator.CreateInstance(compiled.Assembly.GetType("Sample+" + nestedType, throwOnError: true)!, arguments)!;

        private Type SampleType => compiled.Assembly.GetType("Sample", throwOnError: true)!;
    }
}
