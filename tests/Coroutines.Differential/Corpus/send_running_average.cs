// A running computation driven by Send(): each value sent updates the state, and the yield hands back the new
// average; the first Next() yields the initial None.
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Averager(Co<double?, double> co)
    {
        double total = 0.0;
        int count = 0;
        double? average = null;
        while (true)
        {
            double value = co.Yield(average);
            total += value;
            count += 1;
            average = total / count;
        }
    }

    public static void Main()
    {
        var avg = Averager();
        Py.Print(avg.Next());
        Py.Print(avg.Send(10.0));
        Py.Print(avg.Send(20.0));
        Py.Print(avg.Send(0.0));
        Py.Print(avg.Send(-5.0));
        Py.Print(avg.Send(2.5));
    }
}
