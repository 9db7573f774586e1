using System;
using System.Collections.Generic;

namespace Coroutines.Generator.Tests.Harness
{
    /// <summary>Drives a generator and records what happens as lines, the way the Python programs in comments print them.</summary>
    public static class Trace
    {
        /// <summary>Every value a generator yields when driven by Next until it stops.</summary>
        public static List<string> Drain<TYield, TSend>(IGenerator<TYield, TSend> generator)
        {
            var lines = new List<string>();
            while (generator.MoveNext()) lines.Add(Format(generator.Current));
            return lines;
        }

        public static string Format(object? value) => value switch
        {
            null => "None",
            bool b => b ? "True" : "False",
            double d => d.ToString("0.0###############", System.Globalization.CultureInfo.InvariantCulture),
            Exception e => e.GetType().Name,
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
    }
}
