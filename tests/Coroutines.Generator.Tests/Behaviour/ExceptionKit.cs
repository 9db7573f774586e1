using System;
using System.Collections.Generic;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// Shared by the Exception*Tests: compiles a source whose type <c>Sample</c> has a <c>public static List&lt;string&gt; Log</c>,
    /// drives its generators while writing what each call did into that same log, and compares the whole log with the
    /// output of the equivalent Python program written above each test.
    /// </summary>
    /// <remarks>
    /// The Python programs in the comments share this prelude (the driver writes the same lines as <see cref="Step(string, Func{object?})"/>):
    /// <code>
    /// import atexit
    /// log = []
    /// atexit.register(lambda: print("\n".join(log)))
    /// class FormatException(Exception): pass
    /// class ArgumentException(Exception): pass
    /// class TimeoutException(Exception): pass
    /// NAMES = {"RuntimeError": "InvalidOperationException", "GeneratorExit": "GeneratorExitException"}
    /// MESSAGES = {"GeneratorExit": "The coroutine is being closed."}
    /// def show(value):
    ///     return "None" if value is None else "True" if value is True else "False" if value is False else str(value)
    /// def step(label, call):
    ///     try:
    ///         log.append(f"{label} -> {show(call())}")
    ///     except StopIteration as e:
    ///         log.append(f"{label} -> StopIteration {show(e.value)}")
    ///     except BaseException as e:
    ///         name = type(e).__name__
    ///         log.append(f"{label} -> {NAMES.get(name, name)}: {MESSAGES.get(name, str(e))}")
    /// </code>
    /// </remarks>
    internal sealed class ExceptionKit
    {
        private ExceptionKit(Compiled compiled)
        {
            Compiled = compiled;
            Log = (List<string>)compiled.Assembly.GetType("Sample", throwOnError: true)!.GetField("Log")!.GetValue(null)!;
        }

        public Compiled Compiled { get; }

        /// <summary>The compiled source's <c>Sample.Log</c>, which the driver writes into too.</summary>
        public List<string> Log { get; }

        public static ExceptionKit Compile(string source) => new ExceptionKit(Compiled.From(source));

        public static ExceptionKit CompileWithDebugInformation(string source) => new ExceptionKit(Compiled.FromWithDebugInformation(source));

        public T Make<T>(string typeDotMethod, params object?[] arguments) => Compiled.Make<T>(typeDotMethod, arguments);

        /// <summary>The exception the last <see cref="Step(string, Func{object?})"/> caught, if it caught one.</summary>
        public Exception? LastException { get; private set; }

        /// <summary>Logs "label -> value", "label -> StopIteration value" or "label -> ExceptionType: message".</summary>
        public void Step(string label, Func<object?> call)
        {
            LastException = null;
            try
            {
                Log.Add($"{label} -> {Show(call())}");
            }
            catch (StopIterationException e)
            {
                LastException = e;
                Log.Add($"{label} -> StopIteration {Show(e.Value)}");
            }
            catch (Exception e)
            {
                LastException = e;
                Log.Add($"{label} -> {e.GetType().Name}: {e.Message}");
            }
        }

        /// <summary>Logs "label -> None" for a call that returns nothing (Python's <c>close()</c>).</summary>
        public void Step(string label, Action call) => Step(label, () =>
        {
            call();
            return null;
        });

        /// <summary>Asserts the whole log, one entry a line.</summary>
        public void Expect(string expected)
        {
            Assert.Equal(expected.Replace("\r\n", "\n"), string.Join("\n", Log));
        }

        /// <summary>The exception <paramref name="call"/> throws (any type), failing when it throws none.</summary>
        public static Exception Catch(Action call)
        {
            try
            {
                call();
            }
            catch (Exception e)
            {
                return e;
            }
            throw new Xunit.Sdk.XunitException("Expected an exception, but the call returned.");
        }

        private static string Show(object? value) => value switch
        {
            null => "None",
            Unit => "None",
            _ => Trace.Format(value),
        };
    }
}
