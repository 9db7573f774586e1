using System;
using System.Collections.Generic;
using Coroutines;

namespace Simulation;

/// <summary>
/// SimPy's classic bank, on the Coroutines scheduler's virtual clock: customers walk in at random (exponential gaps),
/// wait in one line, and are served first come, first served by the first free teller (exponential service times).
/// </summary>
public sealed partial class Bank
{
    private readonly Random random;
    private readonly Queue<Customer> line = new();
    private readonly List<double> waits;
    private int longestLine;

    /// <summary>The task of the next customer on the way in; null once the last one has arrived (the doors are closed).</summary>
    private TaskHandle<Unit>? nextArrival;

    private Bank(BankSetup setup)
    {
        Setup = setup;
        random = new Random(setup.Seed);
        waits = new List<double>(setup.Customers);
    }

    public BankSetup Setup { get; }

    private readonly record struct Customer(int Id, double Arrived);

    /// <summary>Runs the day: one task per arriving customer, one per teller, and a manager who waits for the tellers.</summary>
    public static BankReport Simulate(BankSetup setup)
    {
        var bank = new Bank(setup);
        var scheduler = Scheduler.Virtual();
        bank.nextArrival = scheduler.Spawn(Arrival(bank, 0));
        var tellers = new TaskHandle<Teller>[setup.Tellers];
        for (int i = 0; i < tellers.Length; i++) tellers[i] = scheduler.Spawn(Serve(bank, i + 1), name: "teller " + (i + 1));
        var manager = scheduler.Spawn(CloseUp(bank, tellers));
        return scheduler.RunUntilComplete(manager);
    }

    /// <summary>A customer walks in after a random gap and gets in line; the next one is then on the way.</summary>
    [Coroutine]
    private static partial void Arrival(Co co, Bank bank, int id)
    {
        co.Sleep(bank.Exponential(bank.Setup.MeanArrivalGap));
        bank.line.Enqueue(new Customer(id, co.Now));
        bank.longestLine = Math.Max(bank.longestLine, bank.line.Count);
        bank.nextArrival = id + 1 < bank.Setup.Customers ? Scheduler.Current!.Spawn(Arrival(bank, id + 1)) : null;
    }

    /// <summary>A teller serves the head of the line; with nobody waiting, waits for the next customer to walk in.</summary>
    [Coroutine]
    private static partial Teller Serve(Co co, Bank bank, int number)
    {
        var teller = new Teller(number);
        while (true)
        {
            while (bank.line.Count == 0)
            {
                if (bank.nextArrival is not { } next) return teller;    // doors closed, nobody left: done for the day
                co.Join(next);                                          // idle until someone walks in
            }
            var customer = bank.line.Dequeue();
            bank.waits.Add(co.Now - customer.Arrived);
            double service = bank.Exponential(bank.Setup.MeanService);
            co.Sleep(service);
            teller.Served++;
            teller.Busy += service;
        }
    }

    /// <summary>The manager waits until every teller is done and writes the report.</summary>
    [Coroutine]
    private static partial BankReport CloseUp(Co co, Bank bank, TaskHandle<Teller>[] tellers)
    {
        Teller[] done = co.JoinAll(tellers);
        return new BankReport(bank.Setup, co.Now, bank.waits, bank.longestLine, done);
    }

    private double Exponential(double mean) => -mean * Math.Log(1.0 - random.NextDouble());
}

public sealed class Teller
{
    public Teller(int number) => Number = number;

    public int Number { get; }

    public int Served { get; set; }

    /// <summary>Seconds spent serving.</summary>
    public double Busy { get; set; }
}

/// <summary>The day's parameters; times in seconds.</summary>
public sealed record BankSetup(int Customers = 100_000, int Tellers = 3, double MeanArrivalGap = 60, double MeanService = 162, int Seed = 42);
