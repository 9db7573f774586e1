using System;
using System.Diagnostics;
using System.Globalization;

namespace Simulation;

/// <summary><c>dotnet run --project samples/Simulation [-- customers [tellers]]</c>: simulates a day at the bank and prints a summary.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var setup = new BankSetup();
        if (args.Length > 0) setup = setup with { Customers = int.Parse(args[0], CultureInfo.InvariantCulture) };
        if (args.Length > 1) setup = setup with { Tellers = int.Parse(args[1], CultureInfo.InvariantCulture) };
        if (setup.Customers < 1 || setup.Tellers < 1)
        {
            Console.Error.WriteLine("usage: Simulation [customers >= 1] [tellers >= 1]");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var report = Bank.Simulate(setup);
        watch.Stop();
        Console.Write(report);
        Console.WriteLine($"ran in {watch.Elapsed.TotalSeconds:F2} s of wall-clock time");
        return 0;
    }
}
