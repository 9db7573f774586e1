// Compiled with every C# program of the differential tests: Python's way of printing values and naming exceptions,
// so that a C# program and its Python twin print the same trace.
using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Coroutines;

public static class Py
{
    /// <summary>print(a, b, ...): str of each value, separated by spaces.</summary>
    public static void Print(params object?[] values) => Console.WriteLine(string.Join(" ", values.Select(Str)));

    /// <summary>str(x) as CPython prints it.</summary>
    public static string Str(object? value) => value switch
    {
        null => "None",
        Unit => "None",
        string s => s,
        _ => Repr(value),
    };

    /// <summary>repr(x) as CPython prints it (strings quoted, as inside a list).</summary>
    public static string Repr(object? value) => value switch
    {
        null => "None",
        Unit => "None",
        bool b => b ? "True" : "False",
        string s => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'",
        double d => Float(d),
        float f => Float(f),
        CoroutineState state => state switch
        {
            CoroutineState.Created => "GEN_CREATED",
            CoroutineState.Running => "GEN_RUNNING",
            CoroutineState.Suspended => "GEN_SUSPENDED",
            _ => "GEN_CLOSED",
        },
        Exception e => Name(e),
        ITuple tuple => "(" + string.Join(", ", Enumerable.Range(0, tuple.Length).Select(i => Repr(tuple[i]))) + (tuple.Length == 1 ? ",)" : ")"),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Repr)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>
    /// The name of the Python exception that stands for <paramref name="e"/>: the runtime's exceptions map to the
    /// builtins CPython raises in the same situation; user-defined exceptions keep their own names.
    /// </summary>
    public static string Name(Exception e) => e switch
    {
        GeneratorExitException => "GeneratorExit",
        StopIterationException => "StopIteration",
        CoroutineNotPrimedException => "TypeError",
        InvalidOperationException { Message: "generator already executing" } => "ValueError",
        InvalidOperationException { Message: "generator raised StopIteration" or "generator ignored GeneratorExit" } => "RuntimeError",
        DivideByZeroException => "ZeroDivisionError",
        IndexOutOfRangeException or ArgumentOutOfRangeException => "IndexError",
        System.Collections.Generic.KeyNotFoundException => "KeyError",
        _ => e.GetType().Name,
    };

    /// <summary>The message CPython shows with the exception: str(e).</summary>
    public static string Message(Exception e) => e is PyException p ? p.Text : e.Message;

    private static string Float(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        string s = d.ToString("R", CultureInfo.InvariantCulture);
        if (s.IndexOfAny(new[] { '.', 'E' }) < 0) s += ".0";
        return s.Replace("E", "e");
    }
}

/// <summary>A Python-style exception: its text is what str(e) gives in Python (empty when raised without arguments).</summary>
public class PyException : Exception
{
    public PyException() : this("") { }

    public PyException(string text) : base(text) => Text = text;

    public string Text { get; }
}

public class ValueError : PyException
{
    public ValueError() { }
    public ValueError(string text) : base(text) { }
}

public class KeyError : PyException
{
    public KeyError() { }
    public KeyError(string text) : base(text) { }
}

public class RuntimeError : PyException
{
    public RuntimeError() { }
    public RuntimeError(string text) : base(text) { }
}

public class ZeroDivisionError : PyException
{
    public ZeroDivisionError() { }
    public ZeroDivisionError(string text) : base(text) { }
}
