// The scheduler on a virtual clock (Scheduler.Virtual, Spawn, co.Sleep, co.Yield, co.Join; Python: the same rules written with a heapq of timers): the clock jumps to the next timer when nothing is ready, timers due at the same time fire in the order they were set, a zero sleep is a yield, and a join wakes when the joined task finishes (at once when it already has).
using System.Globalization;
using Coroutines;

public static partial class Program
{
    static string Stamp(double now) => "[" + now.ToString("F2", CultureInfo.InvariantCulture) + "]";

    [Coroutine]
    private static partial string Worker(Co co, string name, double[] delays)
    {
        foreach (double d in delays)
        {
            double now = co.Now;
            Py.Print(Stamp(now), name, "sleeps", d);
            co.Sleep(d);
        }
        double end = co.Now;
        Py.Print(Stamp(end), name, "done");
        return name.ToLowerInvariant();
    }

    [Coroutine]
    private static partial string Polite(Co co, string name)
    {
        for (int i = 0; i < 2; i++)
        {
            double now = co.Now;
            Py.Print(Stamp(now), name, "yields", i);
            co.Yield();
        }
        double t0 = co.Now;
        Py.Print(Stamp(t0), name, "sleeps 0");
        co.Sleep(0.0);
        double t1 = co.Now;
        Py.Print(Stamp(t1), name, "sleeps", 1.0);
        co.Sleep(1.0);
        double t2 = co.Now;
        Py.Print(Stamp(t2), name, "done");
        return name.ToLowerInvariant();
    }

    [Coroutine]
    private static partial string Boss(Co co, Scheduler s, TaskHandle<string> a, TaskHandle<string> b)
    {
        var e = s.Spawn(Worker("E", new[] { 0.5 }));
        double t0 = co.Now;
        Py.Print(Stamp(t0), "boss spawned E, joins A");
        string ra = co.Join(a);
        double t1 = co.Now;
        Py.Print(Stamp(t1), "boss got", ra, "from A");
        string re = co.Join(e);
        string rb = co.Join(b);
        double t2 = co.Now;
        Py.Print(Stamp(t2), "boss got", re, "and", rb, "at once");
        return ra + re + rb;
    }

    public static void Main()
    {
        var s = Scheduler.Virtual();
        var a = s.Spawn(Worker("A", new[] { 0.5, 0.25, 0.25 }));
        var b = s.Spawn(Worker("B", new[] { 0.25, 0.75 }));
        var c = s.Spawn(Polite("C"));
        var d = s.Spawn(Boss(s, a, b));
        s.Run();
        Py.Print(Stamp(s.Now), "results", a.Result, b.Result, c.Result, d.Result);
    }
}
