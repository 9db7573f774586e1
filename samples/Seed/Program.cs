using System;
using System.Collections.Generic;
using System.Globalization;

namespace Seed;

public static class Program
{
    private static readonly (string Name, Action Run)[] Samples =
    {
        ("countdown", CountdownSample.Run),
        ("averager", AveragerSample.Run),
        ("chain", ChainSample.Run),
        ("yield-from", YieldFromSample.Run),
        ("scheduler", SchedulerSample.Run),
        ("sleep", SleepSample.Run),
    };

    public static int Main(string[] args)
    {
        // Python prints numbers the same on every machine.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

        if (args.Length == 0)
        {
            foreach (var (name, run) in Samples)
            {
                Console.WriteLine($"== {name} ==");
                run();
            }
            return 0;
        }

        var chosen = new List<Action>();
        foreach (string arg in args)
        {
            var found = Array.Find(Samples, s => s.Name == arg);
            if (found.Run is null)
            {
                Console.Error.WriteLine($"unknown sample '{arg}'; choose from: {string.Join(", ", Array.ConvertAll(Samples, s => s.Name))}");
                return 2;
            }
            chosen.Add(found.Run);
        }
        foreach (Action run in chosen) run();
        return 0;
    }
}

/// <summary>Python's way of printing values.</summary>
internal static class Py
{
    /// <summary>str(x) for a float or None: shortest round-trip digits, always with a decimal point (10.0, not 10).</summary>
    public static string Str(double? value)
    {
        if (value is not double d) return "None";
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        string s = d.ToString("R", CultureInfo.InvariantCulture);
        if (s.IndexOfAny(new[] { '.', 'E', 'e' }) < 0) s += ".0";
        return s;
    }
}
