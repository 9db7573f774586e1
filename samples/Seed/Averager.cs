using System;
using Coroutines;

namespace Seed;

// averager.py: yield is a two-way street. Each Send(v) resumes the paused Yield with v as its value
// and runs to the next Yield, whose argument (the running average) Send returns.
public static partial class AveragerSample
{
    [Coroutine]
    public static partial void Averager(Co<double?, double> co)
    {
        double total = 0.0;
        int count = 0;
        double? average = null;
        while (true)
        {
            double value = co.Yield(average);   // hand out the average AND wait for the next input
            total += value;
            count++;
            average = total / count;
        }
    }

    public static void Run()
    {
        Generator<double?, double, Unit> avg = Averager();
        avg.Next();                              // prime it: run to the first Yield
        Console.WriteLine(Py.Str(avg.Send(10)));
        Console.WriteLine(Py.Str(avg.Send(20)));
        Console.WriteLine(Py.Str(avg.Send(30)));
    }
}
