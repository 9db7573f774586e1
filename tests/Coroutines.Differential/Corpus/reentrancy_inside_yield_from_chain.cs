// While a delegating generator runs its inner generator through YieldFrom, both count as running: the inner body
// sees GEN_RUNNING for itself and for the outer one, and advancing the outer one from there raises ValueError.
using System;
using Coroutines;

public static partial class Program
{
    static Generator<string>? outerGen;
    static Generator<string, Unit, string>? innerGen;

    [Coroutine]
    private static partial string Inner(Co<string> co)
    {
        Py.Print("inner sees outer", outerGen!.State, "and itself", innerGen!.State);
        try
        {
            outerGen!.Next();
        }
        catch (InvalidOperationException e)
        {
            Py.Print("inner:", Py.Name(e), Py.Message(e));
        }
        co.Yield("from inner");
        return "inner result";
    }

    [Coroutine]
    static partial void Outer(Co<string> co)
    {
        string result = co.YieldFrom(innerGen!);
        Py.Print("outer got", result);
        co.Yield("from outer");
    }

    public static void Main()
    {
        innerGen = Inner();
        outerGen = Outer();
        Py.Print(outerGen.Next());
        Py.Print("between steps", outerGen.State, innerGen.State);
        try
        {
            innerGen.Next();
        }
        catch (StopIterationException)
        {
            Py.Print("inner finished directly");
        }
        Py.Print(outerGen.Next());
    }
}
