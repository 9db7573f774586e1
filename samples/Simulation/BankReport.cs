using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Simulation;

/// <summary>What the day looked like, next to what queueing theory (M/M/c, Erlang C) predicts for it.</summary>
public sealed class BankReport
{
    public BankReport(BankSetup setup, double closedAt, IReadOnlyList<double> waits, int longestLine, IReadOnlyList<Teller> tellers)
    {
        Setup = setup;
        ClosedAt = closedAt;
        Served = waits.Count;
        MeanWait = waits.Count == 0 ? 0 : waits.Average();
        LongestWait = waits.Count == 0 ? 0 : waits.Max();
        WaitedAtAll = waits.Count == 0 ? 0 : waits.Count(w => w > 0) / (double)waits.Count;
        LongestLine = longestLine;
        Tellers = tellers;
    }

    public BankSetup Setup { get; }

    /// <summary>Seconds of simulated time when the last customer left.</summary>
    public double ClosedAt { get; }

    public int Served { get; }

    public double MeanWait { get; }

    public double LongestWait { get; }

    /// <summary>The share of customers who found every teller busy.</summary>
    public double WaitedAtAll { get; }

    public int LongestLine { get; }

    public IReadOnlyList<Teller> Tellers { get; }

    /// <summary>Erlang C: the mean wait in line of an M/M/c queue in its steady state (infinite when it is overloaded).</summary>
    public static double TheoreticalMeanWait(BankSetup setup)
    {
        int c = setup.Tellers;
        double lambda = 1 / setup.MeanArrivalGap, mu = 1 / setup.MeanService, a = lambda / mu;
        if (a >= c) return double.PositiveInfinity;
        double term = 1, sum = 0;
        for (int k = 0; k < c; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term * c / (c - a);
        double waitProbability = last / (sum + last);
        return waitProbability / (c * mu - lambda);
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        void Line(string label, string value) => text.Append(label.PadRight(18)).Append(value).Append('\n');
        Line("bank", string.Format(inv, "{0} tellers; a customer every {1:F2} min, served in {2:F2} min on average",
            Setup.Tellers, Setup.MeanArrivalGap / 60, Setup.MeanService / 60));
        Line("customers served", Served.ToString("N0", inv));
        Line("simulated time", string.Format(inv, "{0:N1} min ({1:F1} days)", ClosedAt / 60, ClosedAt / 86400));
        Line("mean wait", string.Format(inv, "{0:F2} min (M/M/{1} theory: {2:F2} min)", MeanWait / 60, Setup.Tellers, TheoreticalMeanWait(Setup) / 60));
        Line("longest wait", string.Format(inv, "{0:F2} min", LongestWait / 60));
        Line("waited at all", string.Format(inv, "{0:P1}", WaitedAtAll));
        Line("longest line", LongestLine.ToString(inv));
        foreach (var teller in Tellers)
        {
            Line("teller " + teller.Number, string.Format(inv, "served {0:N0}, busy {1:P1} of the day", teller.Served, teller.Busy / ClosedAt));
        }
        return text.ToString();
    }
}
