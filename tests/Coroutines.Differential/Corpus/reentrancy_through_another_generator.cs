// Reentrancy through a second generator: a's body advances b, whose body tries to advance a, still running;
// the ValueError surfaces in b's body. The other way round, advancing b first, the ValueError leaves a's body
// (a is then closed) and is what b's handler catches.
using System;
using Coroutines;

public static partial class Program
{
    static Generator<string>? a;
    static Generator<string>? b;

    [Coroutine]
    static partial void GenA(Co<string> co)
    {
        while (true)
        {
            Py.Print("a asks b:", b!.Next());
            co.Yield("a");
        }
    }

    [Coroutine]
    static partial void GenB(Co<string> co)
    {
        while (true)
        {
            try
            {
                a!.Next();
            }
            catch (InvalidOperationException e)
            {
                Py.Print("b sees", Py.Name(e), Py.Message(e));
            }
            co.Yield("b");
        }
    }

    public static void Main()
    {
        a = GenA();
        b = GenB();
        Py.Print(a.Next());
        Py.Print(a.Next());
        Py.Print(b.Next());
        Py.Print(a.State, b.State);
    }
}
