// A resource held to the end of its scope (a using declaration; Python: a with block around the rest of the function): pauses in between keep it open, and it is disposed when the scope ends, whether the end comes normally or by Close().
using System;
using Coroutines;

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
        Py.Print("before", name);
        using var r = new Resource(name);
        for (int i = 0; i < 2; i++)
            co.Yield($"{r.Name} {i}");
        Py.Print("end of scope", name);
    }

    public static void Main()
    {
        foreach (var v in Gen("a"))
            Py.Print(v);
        var g = Gen("b");
        Py.Print(g.Next());
        g.Close();
        Py.Print("closed b");
    }
}
