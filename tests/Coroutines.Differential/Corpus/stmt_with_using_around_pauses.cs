// A using block (Python: with) around pauses: the resource is disposed when the block is left normally, by an exception thrown in, or by Close(); nested resources are disposed in reverse order.
using System;
using System.Linq;
using Coroutines;

class Boom : PyException { }

sealed class Resource : IDisposable
{
    public Resource(string name)
    {
        Name = name;
        Py.Print("open", name);
    }

    public string Name { get; }

    public void Dispose() => Py.Print("release", Name);
}

public static partial class Program
{
    [Coroutine]
    private static partial void Gen(Co<string> co, string name)
    {
        using (var r = new Resource(name))
        {
            co.Yield($"{r.Name} 1");
            co.Yield($"{r.Name} 2");
        }
        co.Yield($"after {name}");
    }

    [Coroutine]
    private static partial void Nested(Co<string> co)
    {
        using (var a = new Resource("outer"))
        {
            co.Yield("in outer");
            using (var b = new Resource("inner"))
            {
                co.Yield($"in {b.Name} of {a.Name}");
            }
            co.Yield("back in outer");
        }
    }

    public static void Main()
    {
        Py.Print(Gen("a").ToList());
        var g = Gen("b");
        Py.Print(g.Next());
        g.Close();
        Py.Print("closed b");
        g = Gen("c");
        Py.Print(g.Next());
        Py.Print(g.Next());
        try
        {
            g.Throw(new Boom());
        }
        catch (Boom e)
        {
            Py.Print("caller caught", Py.Name(e));
        }
        var n = Nested();
        Py.Print(n.Next());
        Py.Print(n.Next());
        n.Close();
        Py.Print("closed nested");
    }
}
