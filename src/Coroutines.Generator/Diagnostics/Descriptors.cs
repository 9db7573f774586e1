using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Coroutines.Generator.Diagnostics
{
    /// <summary>Every diagnostic the generator and its analyzers report. Each message says what to do instead.</summary>
    internal static class Descriptors
    {
        private const string Category = "Coroutines";
        private const string HelpBase = "https://github.com/coroutines-cs/coroutines/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor MethodNotPartial = Error(
            "CORO0001", "Coroutine method must be partial",
            "Coroutine method '{0}' must be declared partial with a body; add the 'partial' modifier");

        public static readonly DiagnosticDescriptor TypeNotPartial = Error(
            "CORO0002", "Type containing a coroutine must be partial",
            "Type '{0}' contains coroutine '{1}' and must be declared partial; add the 'partial' modifier to it and to every enclosing type");

        public static readonly DiagnosticDescriptor MissingContext = Error(
            "CORO0003", "Coroutine needs a context parameter first",
            "Coroutine '{0}' must take its context as the first parameter: Co<TYield> (nothing sent in), Co<TYield, TSend> (values sent in) or Co (a scheduler task)");

        public static readonly DiagnosticDescriptor RefParameter = Error(
            "CORO0004", "Coroutine parameters cannot be ref, out or in",
            "Parameter '{0}' of coroutine '{1}' is '{2}'; a paused coroutine outlives its caller's variables, so pass it by value (return results through the coroutine's return value or a yielded value)");

        public static readonly DiagnosticDescriptor AsyncCoroutine = Error(
            "CORO0005", "Coroutine cannot be async or use await",
            "Coroutine '{0}' cannot be async or contain 'await'; pause with co.Yield, or run it on the Scheduler and wait for a task with co.Await");

        public static readonly DiagnosticDescriptor ContextUsedAsValue = Error(
            "CORO0006", "Context parameter used as a value",
            "The context parameter '{0}' only marks resume points; call its members directly (co.Yield, co.YieldFrom, …) instead of storing, passing or returning it");

        public static readonly DiagnosticDescriptor YieldInLambda = Error(
            "CORO0007", "Yield inside a lambda or local function",
            "'{0}' inside a lambda or local function cannot pause the coroutine; move it into the coroutine's own body, or make the local function a [Coroutine] method and delegate to it with co.YieldFrom");

        public static readonly DiagnosticDescriptor YieldInExpression = Error(
            "CORO0008", "Resume point nested in an expression",
            "{0} stands inside {1}, which cannot be split around a pause; assign the resume point's result to a local first ('var v = co.Yield(…);') and use the local");

        public static readonly DiagnosticDescriptor YieldInLock = Error(
            "CORO0009", "Resume point inside lock",
            "A coroutine cannot pause inside 'lock': the lock would be held by a thread that no longer runs the body; release the lock before the yield");

        public static readonly DiagnosticDescriptor YieldInFilter = Error(
            "CORO0010", "Resume point inside a 'when' clause",
            "A coroutine cannot pause inside a 'when' clause (exception filter or switch case guard); compute the value first, into a local, and test the local");

        public static readonly DiagnosticDescriptor UnsupportedConstruct = Error(
            "CORO0011", "Construct not supported around a resume point",
            "{0} cannot contain a resume point; {1}");

        public static readonly DiagnosticDescriptor UnhoistableLocal = Error(
            "CORO0012", "Local cannot be kept across a resume point",
            "Local '{0}' of type '{1}' cannot live in the coroutine's frame ({2}); declare it inside a nested block that contains no resume point");

        public static readonly DiagnosticDescriptor IteratorInCoroutine = Error(
            "CORO0013", "C# iterator statements in a coroutine",
            "'yield return'/'yield break' cannot appear in a [Coroutine] body; use co.Yield(value) to pause and 'return' to finish");

        public static readonly DiagnosticDescriptor BaseAccess = Error(
            "CORO0014", "'base' access in a coroutine",
            "'base.{0}' cannot be reached from the coroutine's frame; call it through a helper method on the type instead");

        // ---- analyzers (Diagnostics/Analyzers): misuse seen at compile time rather than at run time ----
        // Declared above All: static fields initialize in textual order, and All reads every descriptor field.
        // CORO1003 (calling a body method directly) is not an analyzer rule: the generator marks the body's declaration
        // [Obsolete(error: true)] with a message that names the factory to call, so the compiler already says it (CS0619).

        public static readonly DiagnosticDescriptor UnprimedSend = Warning(
            "CORO1001", "Value sent into a coroutine that may not have started",
            "Coroutine '{0}' may not have started when this {1} runs (on at least one path), and sending a value into an unstarted coroutine throws CoroutineNotPrimedException; call Next() on it first, or declare its method [Coroutine(Primed = true)]");

        public static readonly DiagnosticDescriptor BroadCatchAroundResume = Warning(
            "CORO1002", "Broad catch around a resume point swallows GeneratorExitException",
            "This catch clause also catches the GeneratorExitException that Close() raises at the resume point inside its try, so closing the coroutine is swallowed or fails with 'generator ignored GeneratorExit'; add 'when ({0} is not GeneratorExitException)', catch a narrower type, or rethrow with 'throw;'");

        public static readonly DiagnosticDescriptor SendToUnit = Warning(
            "CORO1004", "Send on a coroutine that receives nothing",
            "'{0}' receives nothing (its send type is Unit), so {1} can only resume it; call {2} instead");

        public static readonly DiagnosticDescriptor YieldFromMismatch = Warning(
            "CORO1005", "YieldFrom of a generator whose yield or send type does not match",
            "'{0}' yields {1} and receives {2}, but this coroutine yields {3} and receives {4}{5}; delegate to a generator with the same yield and send types, or drive it in a loop and yield its values yourself");

        private static readonly Dictionary<string, DiagnosticDescriptor> All =
            typeof(Descriptors).GetFields()
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null))
                .ToDictionary(d => d.Id);

        public static IEnumerable<DiagnosticDescriptor> Every => All.Values;

        public static DiagnosticDescriptor ById(string id) => All[id];

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            Create(id, title, message, DiagnosticSeverity.Error);

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            Create(id, title, message, DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true,
                helpLinkUri: HelpBase + id + ".md");
    }
}
