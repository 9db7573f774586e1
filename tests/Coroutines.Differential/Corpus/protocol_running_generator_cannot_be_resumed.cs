// A generator that resumes itself, directly or through a generator it delegates to, gets "generator already executing" (Python: ValueError) at that call; it may catch it and go on, and it reports itself running meanwhile.
using System;
using Coroutines;

public static partial class Program
{
    static Generator<string>? self;
    static Generator<string>? outerGen;

    [Coroutine]
    private static partial void Selfish(Co<string> co)
    {
        Py.Print("state inside", self!.State);
        try
        {
            self.Next();
        }
        catch (InvalidOperationException e)
        {
            Py.Print("caught", Py.Name(e));
        }
        co.Yield("went on");
        try
        {
            self.Next();
        }
        catch (InvalidOperationException e)
        {
            Py.Print("caught again", Py.Name(e));
        }
        co.Yield("still fine");
    }

    [Coroutine]
    private static partial void Inner(Co<string> co)
    {
        try
        {
            outerGen!.Next();
        }
        catch (InvalidOperationException e)
        {
            Py.Print("inner caught", Py.Name(e));
        }
        co.Yield("inner value");
    }

    [Coroutine]
    private static partial void Outer(Co<string> co)
    {
        co.YieldFrom(Inner());
        co.Yield("outer value");
    }

    public static void Main()
    {
        var g = Selfish();
        self = g;
        Py.Print(g.Next());
        Py.Print(g.Next());
        Py.Print(g.State);
        var o = Outer();
        outerGen = o;
        Py.Print(o.Next());
        Py.Print(o.Next());
    }
}
