// A coroutine primed by a decorator has already run to its first yield when the call returns, so Send() works at
// once; the code before the first yield runs during the call.
using Coroutines;

public static partial class Program
{
    [Coroutine(Primed = true)]
    static partial void Tally(Co<int, string> co, string label)
    {
        Py.Print(label, "primed");
        int count = 0;
        while (true)
        {
            string word = co.Yield(count);
            count += word.Length;
            Py.Print(label, "got", Py.Repr(word));
        }
    }

    public static void Main()
    {
        Py.Print("before call");
        var t = Tally("t");
        Py.Print("after call", t.State);
        Py.Print(t.Send("ab"));
        Py.Print(t.Send(""));
        Py.Print(t.Send("cde"));
    }
}
