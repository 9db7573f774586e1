// A bare return, or running off the end of the body, ends the generator with StopIteration whose value is None; a
// return in the middle of a loop skips the rest of the body.
using System.Collections.Generic;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Gen(Co<int> co, int stopAt)
    {
        for (int i = 0; i < 5; i++)
        {
            if (i == stopAt)
            {
                Py.Print("returning early at", i);
                return;
            }
            co.Yield(i);
        }
        Py.Print("ran off the end");
    }

    public static void Main()
    {
        foreach (int stopAt in new[] { 2, 10 })
        {
            var g = Gen(stopAt);
            var values = new List<int>();
            try
            {
                while (true)
                    values.Add(g.Next());
            }
            catch (StopIterationException e)
            {
                Py.Print(values, "value", e.Value);
            }
        }
    }
}
