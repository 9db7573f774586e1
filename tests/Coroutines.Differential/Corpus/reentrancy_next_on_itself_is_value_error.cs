// A generator that calls Next() on itself while its body runs gets ValueError("generator already executing"); caught
// in the body, it does no harm and the generator goes on.
using System;
using Coroutines;

public static partial class Program
{
    static Generator<int>? g;

    [Coroutine]
    static partial void Gen(Co<int> co)
    {
        for (int i = 0; i < 3; i++)
        {
            try
            {
                g!.Next();
            }
            catch (InvalidOperationException e)
            {
                Py.Print("step", i, Py.Name(e), Py.Message(e));
            }
            co.Yield(i);
        }
    }

    public static void Main()
    {
        g = Gen();
        while (g.TryNext(out int value))
            Py.Print("got", value);
        Py.Print("done");
    }
}
