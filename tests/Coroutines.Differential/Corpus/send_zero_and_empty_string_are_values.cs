// 0 and "" are values like any other: sent to an unstarted generator they raise TypeError, and sent to a started one
// they arrive as themselves, not as None.
using System;
using Coroutines;

public static partial class Program
{
    [Coroutine]
    static partial void Numbers(Co<string, int?> co)
    {
        while (true)
        {
            int? x = co.Yield("n");
            Py.Print("got", Py.Repr(x));
        }
    }

    [Coroutine]
    static partial void Strings(Co<string, string?> co)
    {
        while (true)
        {
            string? s = co.Yield("s");
            Py.Print("got", Py.Repr(s));
        }
    }

    public static void Main()
    {
        var n = Numbers();
        try
        {
            n.Send(0);
        }
        catch (Exception e)
        {
            Py.Print("numbers:", Py.Name(e));
        }
        var s = Strings();
        try
        {
            s.Send("");
        }
        catch (Exception e)
        {
            Py.Print("strings:", Py.Name(e));
        }
        n.Next();
        n.Send(0);
        n.Next();
        s.Next();
        s.Send("");
        s.Next();
    }
}
