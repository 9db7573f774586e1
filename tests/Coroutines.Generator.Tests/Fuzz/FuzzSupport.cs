using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Coroutines.Generator.Tests.Fuzz
{
    /// <summary>
    /// The source every fuzz compilation starts with: the helpers programs call, which append to one trace
    /// (<c>Fz.Log</c>), and the two drivers that run a case's coroutine and its plain twin over the same
    /// sequence of sent values (10, 20, 30…), optionally throwing exceptions in at some yields instead.
    /// </summary>
    internal static class FuzzSupport
    {
        /// <summary>
        /// The most values a program may yield: past it, both drivers throw <c>TooManyYields</c> in at every yield
        /// (a runaway loop ends, and the two traces stay comparable).
        /// </summary>
        public const int YieldCap = 100000;

        public const string Source = """
            using System;
            using System.Collections.Generic;
            using Coroutines;

            public class FzException : Exception
            {
                public FzException(int v) : base("fuzz " + v) => V = v;
                public int V { get; }
            }
            public sealed class E1 : FzException { public E1(int v) : base(v) { } }
            public sealed class E2 : FzException { public E2(int v) : base(v) { } }
            public sealed class E3 : FzException { public E3(int v) : base(v) { } }

            public sealed class Res : IDisposable
            {
                private readonly string name;
                public Res(string name, int v) { this.name = name; Fz.Log.Add("open " + name + " " + v); }
                public int Touch(int v) { Fz.Log.Add("touch " + name + " " + v); return v + 1; }
                public void Dispose() => Fz.Log.Add("dispose " + name);
            }

            public sealed class Box
            {
                private readonly int v;
                public Box(int v) => this.v = v;
                public int Add(int x) { Fz.Log.Add("add " + v + " " + x); return v + x; }
            }

            public sealed class Pair
            {
                private int a, b;
                public Pair() { }
                public Pair(int c) => Fz.Log.Add("pair " + c);
                public int A { get => a; set { Fz.Log.Add("A=" + value); a = value; } }
                public int B { get => b; set { Fz.Log.Add("B=" + value); b = value; } }
                public int Sum() { Fz.Log.Add("sum " + a + " " + b); return a + b; }
            }

            public static class Fz
            {
                public static readonly List<string> Log = new();
                public static readonly List<Action> Deferred = new();
                public static readonly int[] A = { 3, 1, 4 };
                public static readonly int Max = int.MaxValue;

                public static int L(int a, int b) { Log.Add("L " + a + " " + b); return a + b; }
                public static void Mark(string text) => Log.Add(text);
                public static void P(params int[] values) => Log.Add("P " + string.Join(" ", values));
                public static int S(string text) { Log.Add("S " + text); return text.Length; }
                public static int? N(int v) { Log.Add("N " + v); return v % 2 == 0 ? null : v; }
                public static Box? BoxOf(int v) { Log.Add("box " + v); return v % 2 == 0 ? null : new Box(v); }
                public static int I(int v) => ((v % 3) + 3) % 3;
                public static int M(int v) => ((v % 7) + 7) % 7;
                public static int Q(int v)
                {
                    Log.Add("Q " + v);
                    if (((v % 5) + 5) % 5 == 4) throw new E3(v);
                    return v;
                }
                public static int Zero(int v) { Log.Add("zero " + v); return 0; }
                public static int One(int v) { Log.Add("one " + v); return 1; }
                public static IEnumerable<int> Seq(int n)
                {
                    Log.Add("seq " + n);
                    try
                    {
                        for (int i = 0; i < Math.Min(Math.Max(n, 0), 3); i++) yield return i + 1;
                    }
                    finally
                    {
                        Log.Add("seq end " + n);
                    }
                }
                public static Res Open(string name, int v) => new Res(name, v);
                public static void Defer(Action action) => Deferred.Add(action);
                public static void RunDeferred()
                {
                    Log.Add("run deferred");
                    var actions = Deferred.ToArray();
                    Deferred.Clear();
                    foreach (var action in actions) action();
                }
                public static void Caught(Exception e) => Log.Add("caught " + e.GetType().Name + (e is FzException f ? " " + f.V : ""));

                /// <summary>
                /// Whether the driver throws into the coroutine at its n-th yield instead of sending (schedule -1: never),
                /// and what: the plain twin's y throws the same exception at its n-th call, which is what Throw means.
                /// </summary>
                public static bool ThrowsAt(int n, int schedule) => schedule >= 0 && (n * 7 + schedule) % 5 == 0;

                /// <summary>
                /// Whether the driver closes the coroutine at its n-th yield (schedule -2 - k: at yield k + 1): the plain twin's
                /// y throws GeneratorExitException at its n-th call, which is what Close means.
                /// </summary>
                public static bool ClosesAt(int n, int schedule) => schedule <= -2 && n == -schedule - 1;

                /// <summary>A yield made while closing: the coroutine stays paused there and nothing else runs, so the plain twin's trace ends at it.</summary>
                private sealed class IgnoredExit : Exception { }
                public static Exception Thrown(int n) => (n % 3) switch { 0 => new E1(100 + n), 1 => new E2(100 + n), _ => new E3(100 + n) };

                private sealed class TooManyYields : Exception { }

                public static List<string> DriveCoroutine(Generator<int, int, int> generator, int schedule)
                {
                    Log.Clear();
                    Deferred.Clear();
                    int next = 10, count = 0;
                    try
                    {
                        bool more = generator.MoveNext();
                        while (more)
                        {
                            Log.Add("yield " + generator.Current);
                            if (++count > YIELDCAP)
                            {
                                // as the plain twin's sink does: finally blocks run, as they do there
                                more = generator.TryThrow(new TooManyYields());
                                continue;
                            }
                            if (ThrowsAt(count, schedule))
                            {
                                Log.Add("throw in " + count);
                                more = generator.TryThrow(Thrown(count));
                                continue;
                            }
                            if (ClosesAt(count, schedule))
                            {
                                Log.Add("close at " + count);
                                try
                                {
                                    generator.Close();
                                    Log.Add("closed " + generator.Result);
                                }
                                catch (InvalidOperationException e) when (e.Message == "generator ignored GeneratorExit")
                                {
                                    Log.Add("yield " + generator.Current);
                                    Log.Add("close ignored");
                                    return new List<string>(Log);
                                }
                                catch (Exception e)
                                {
                                    Log.Add("close threw " + e.GetType().Name);
                                }
                                RunDeferred();
                                return new List<string>(Log);
                            }
                            more = generator.TrySend(next);
                            next += 10;
                        }
                        if (!more) Log.Add("return " + generator.Result);
                    }
                    catch (TooManyYields)
                    {
                        Log.Add("too many yields");
                    }
                    catch (Exception e)
                    {
                        Log.Add("throw " + e.GetType().Name);
                    }
                    RunDeferred();
                    return new List<string>(Log);
                }

                public static List<string> DrivePlain(Func<Func<int, int>, int> body, int schedule)
                {
                    Log.Clear();
                    Deferred.Clear();
                    int next = 10, count = 0;
                    bool closing = false;
                    List<string>? ignored = null;
                    Func<int, int> y = v =>
                    {
                        Log.Add("yield " + v);
                        if (++count > YIELDCAP) throw new TooManyYields();
                        if (closing)
                        {
                            ignored ??= new List<string>(Log) { "close ignored" };
                            throw new IgnoredExit();
                        }
                        if (ThrowsAt(count, schedule))
                        {
                            Log.Add("throw in " + count);
                            throw Thrown(count);
                        }
                        if (ClosesAt(count, schedule))
                        {
                            Log.Add("close at " + count);
                            closing = true;
                            throw new GeneratorExitException();
                        }
                        int sent = next;
                        next += 10;
                        return sent;
                    };
                    try
                    {
                        int result = body(y);
                        Log.Add((closing ? "closed " : "return ") + result);
                    }
                    catch (IgnoredExit)
                    {
                    }
                    catch (TooManyYields)
                    {
                        Log.Add("too many yields");
                    }
                    catch (GeneratorExitException) when (closing)
                    {
                        Log.Add("closed 0");
                    }
                    catch (Exception e)
                    {
                        Log.Add((closing ? "close threw " : "throw ") + e.GetType().Name);
                    }
                    if (ignored != null) return ignored;
                    RunDeferred();
                    return new List<string>(Log);
                }
            }
            """;

        /// <summary>One case's class: the coroutine, its plain twin, and entry points for both drivers.</summary>
        public static string CaseClass(string className, FuzzProgram program)
        {
            var subs = new StringBuilder();
            for (int i = 0; i < program.Subs.Length; i++)
            {
                subs.Append("    [Coroutine]\n    public static partial int Sub").Append(i).Append("(Co<int, int> co, int a)\n    {\n")
                    .Append(FuzzPrinter.Print(program.Subs[i], coroutine: true, indent: 2)).Append("    }\n\n");
                subs.Append("    public static int Sub").Append(i).Append("Plain(Func<int, int> y, int a)\n    {\n")
                    .Append(FuzzPrinter.Print(program.Subs[i], coroutine: false, indent: 2)).Append("    }\n\n");
            }
            return CaseClass(className, program.Seed, FuzzPrinter.Print(program.Body, coroutine: true, indent: 2), FuzzPrinter.Print(program.Body, coroutine: false, indent: 2), subs.ToString());
        }

        /// <summary>A case's class from the text of the coroutine's body (none: the plain twin alone) and of the plain twin's.</summary>
        public static string CaseClass(string className, int seed, string? coroutineBody, string plainBody, string members = "")
        {
            var text = new StringBuilder();
            text.Append("// seed ").Append(seed).Append('\n');
            text.Append("public static partial class ").Append(className).Append("\n{\n");
            text.Append(members);
            if (coroutineBody != null)
            {
                text.Append("    [Coroutine]\n    public static partial int Body(Co<int, int> co)\n    {\n");
                text.Append(coroutineBody);
                text.Append("    }\n\n");
            }
            text.Append("    public static int Plain(Func<int, int> y)\n    {\n");
            text.Append(plainBody);
            text.Append("    }\n\n");
            if (coroutineBody != null) text.Append("    public static List<string> RunCoroutine(int schedule) => Fz.DriveCoroutine(Body(), schedule);\n");
            text.Append("    public static List<string> RunPlain(int schedule) => Fz.DrivePlain(Plain, schedule);\n");
            text.Append("}\n");
            return text.ToString();
        }

        public static string CompilationSource(IReadOnlyList<(string ClassName, FuzzProgram Program)> cases) =>
            CompilationSource(cases.Select(c => CaseClass(c.ClassName, c.Program)));

        public static string CompilationSource(IEnumerable<string> caseClasses)
        {
            var text = new StringBuilder(Source.Replace("YIELDCAP", YieldCap.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            text.Append('\n');
            foreach (var caseClass in caseClasses) text.Append('\n').Append(caseClass);
            return text.ToString();
        }
    }
}
