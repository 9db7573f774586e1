using System.Collections.Generic;
using System.Linq;

namespace Coroutines.Differential.Random
{
    /// <summary>
    /// What each name in a function is. Locals are declared at the top of the function on both sides, so Python's
    /// function scope and C#'s block scopes agree; for variables (<c>i0</c>…) exist only inside their loop; catch
    /// variables (<c>e0</c>…) only inside their handler.
    /// </summary>
    internal static class RandomNames
    {
        public static readonly string[] Locals = { "a", "b", "c", "d" };

        public static readonly string[] Exceptions = { "E1", "E2", "E3" };

        public const string Parameter = "p";

        public static bool IsForVariable(string name) => name.StartsWith('i');

        public static bool IsCounter(string name) => name.StartsWith('w');

        public static string SubName(int index, bool csharp) => (csharp ? "Sub" : "sub") + index;

        /// <summary>The names a function declares at its top: every local and while counter it mentions, in a fixed order.</summary>
        public static IReadOnlyList<string> Declared(Function function)
        {
            var names = new HashSet<string>();
            foreach (var s in RandomWalk.Statements(function.Body))
            {
                if (s is Assign a) names.Add(a.Name);
                if (s is While w) names.Add(w.Counter);
            }
            foreach (var v in RandomWalk.Reads(function)) names.Add(v);
            return names.Where(n => n != Parameter && !IsForVariable(n))
                .OrderBy(n => IsCounter(n) ? 1 : 0).ThenBy(n => n.Length).ThenBy(n => n, System.StringComparer.Ordinal).ToList();
        }

        /// <summary>Locals only ever written: C# warns about them (CS0219), so its twin reads them once before returning.</summary>
        public static IReadOnlyList<string> WriteOnly(Function function)
        {
            var reads = new HashSet<string>(RandomWalk.Reads(function));
            return Declared(function).Where(n => !reads.Contains(n)).ToList();
        }

        /// <summary>Whether a handler's body prints its exception, so the name is bound (C# warns about an unused one).</summary>
        public static bool Uses(Handler handler) =>
            RandomWalk.Statements(handler.Body).Any(s => s is Print { Exception: var e } && e == handler.Name);
    }
}
