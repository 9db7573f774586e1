// Seen from inside its own body, through a reference to itself, a generator is GEN_RUNNING; seen from outside between
// steps it is GEN_SUSPENDED.
using Coroutines;

public static partial class Program
{
    static Generator<int>? me;

    [Coroutine]
    static partial void Gen(Co<int> co)
    {
        Py.Print("inside, first step", me!.State);
        co.Yield(1);
        Py.Print("inside, second step", me!.State);
        co.Yield(2);
    }

    public static void Main()
    {
        me = Gen();
        Py.Print("outside", me.State);
        me.Next();
        Py.Print("outside", me.State);
        me.Next();
        Py.Print("outside", me.State);
    }
}
