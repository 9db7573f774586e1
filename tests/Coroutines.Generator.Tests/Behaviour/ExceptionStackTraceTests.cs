using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// Source mapping: an exception thrown by user code in a coroutine body shows the user's file and line
    /// ("Source0.cs:line N") in its stack trace, wherever the throwing statement sits (before the first yield, after a
    /// resume, inside a pausing handler or finally, in a foreach or using). The sources are compiled with a PDB.
    /// </summary>
    /// <remarks>
    /// Lines are named by a marker comment at their end (<c>// site: body</c> in C#, <c># site: body</c> in the Python
    /// program), so the log compares which marked line each frame points at: <c>innermost</c> is the deepest frame in
    /// the user's file, <c>body</c> the deepest one in the coroutine body. Each Python program below runs with the
    /// prelude in <see cref="ExceptionKit"/> and the helper <c>where</c>:
    /// <code>
    /// import traceback
    /// def marker(line):
    ///     return line.split("# site:")[1].strip() if line and "# site:" in line else None
    /// def where(e, body):
    ///     frames = [f for f in traceback.extract_tb(e.__traceback__) if marker(f.line)]
    ///     log.append("innermost: " + marker(frames[-1].line))
    ///     log.append("body: " + marker([f for f in frames if f.name == body][-1].line))
    /// </code>
    /// </remarks>
    public class ExceptionStackTraceTests
    {
        /// <summary>Logs the marked lines the trace points at, as the Python helper <c>where</c> does.</summary>
        private static void Where(ExceptionKit kit, string source, Exception e, string frameClass)
        {
            var lines = source.Split('\n');
            var frames = Regex.Matches(e.StackTrace ?? "", @"at (?<method>\S+)\(.*?\) in Source0\.cs:line (?<line>\d+)")
                .Select(m => (Method: m.Groups["method"].Value, Marker: Marker(lines, int.Parse(m.Groups["line"].Value))))
                .Where(f => f.Marker != null)
                .ToList();
            Assert.True(frames.Count > 0, "No frame of the trace points at a marked line of Source0.cs:\n" + e);
            kit.Log.Add("innermost: " + frames[0].Marker);
            kit.Log.Add("body: " + frames.First(f => f.Method == "Sample." + frameClass + ".Step").Marker);
        }

        private static string? Marker(string[] lines, int line)
        {
            if (line < 1 || line > lines.Length) return null;
            int at = lines[line - 1].IndexOf("// site:", StringComparison.Ordinal);
            return at < 0 ? null : lines[line - 1].Substring(at + "// site:".Length).Trim();
        }

        /// <summary>The one-based line of <paramref name="source"/> that holds <paramref name="marker"/>.</summary>
        private static int LineOf(string source, string marker) =>
            Array.FindIndex(source.Split('\n'), l => l.Contains("// site: " + marker, StringComparison.Ordinal)) + 1;

        private const string Bodies = """
            using System;
            using System.Collections.Generic;
            using Coroutines;
            public static partial class Sample
            {
                public static List<string> Log = new();

                static void Explode(string message)
                {
                    throw new FormatException(message); // site: explode
                }

                [Coroutine]
                public static partial void BeforeYield(Co<int> co)
                {
                    Log.Add("start");
                    Explode("before"); // site: before
                    co.Yield(1);
                }

                [Coroutine]
                public static partial void AfterResume(Co<int> co, int divisor)
                {
                    try
                    {
                        co.Yield(1);
                        Log.Add("quotient " + (10 / divisor)); // site: divide
                    }
                    finally
                    {
                        Log.Add("finally");
                    }
                }

                [Coroutine]
                public static partial void InHandler(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                        Explode("first"); // site: first
                    }
                    catch (FormatException e)
                    {
                        co.Yield(2);
                        Explode("second after " + e.Message); // site: handler
                    }
                }

                [Coroutine]
                public static partial void Rethrows(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                        Explode("original"); // site: original
                    }
                    catch (FormatException)
                    {
                        co.Yield(2);
                        throw;
                    }
                }

                [Coroutine]
                public static partial void InFinally(Co<int> co)
                {
                    try
                    {
                        co.Yield(1);
                    }
                    finally
                    {
                        co.Yield(2);
                        Explode("in finally"); // site: finally
                    }
                }

                [Coroutine]
                public static partial void InForEach(Co<int> co)
                {
                    foreach (var x in new List<int> { 1, 2 })
                    {
                        co.Yield(x);
                        if (x == 2) Explode("in foreach"); // site: foreach
                    }
                }

                [Coroutine]
                public static partial void InUsing(Co<int> co)
                {
                    using (var stream = new System.IO.MemoryStream())
                    {
                        co.Yield(1);
                        stream.WriteByte(1);
                        Explode("in using " + stream.Length); // site: using
                    }
                }

                [Coroutine]
                public static partial void ThrownIn(Co<int> co)
                {
                    try
                    {
                        Log.Add("try");
                        co.Yield(1); // site: paused
                    }
                    finally
                    {
                        Log.Add("finally");
                    }
                }
            }
            """;

        // Python:
        // def explode(message):
        //     raise FormatException(message)  # site: explode
        // def before_yield():
        //     log.append("start")
        //     explode("before")  # site: before
        //     yield 1
        // g = before_yield()
        // try:
        //     next(g)
        // except FormatException as e:
        //     where(e, "before_yield")
        [Fact]
        public void Exception_before_the_first_yield_shows_its_source_line()
        {
            var kit = ExceptionKit.CompileWithDebugInformation(Bodies);
            var gen = kit.Make<Generator<int>>("Sample.BeforeYield");
            var e = ExceptionKit.Catch(() => gen.Next());
            Assert.Contains($"Source0.cs:line {LineOf(Bodies, "before")}", e.StackTrace);
            Where(kit, Bodies, e, "BeforeYieldFrame");
            kit.Expect("""
                start
                innermost: explode
                body: before
                """);
        }

        // Python:
        // def after_resume(divisor):
        //     try:
        //         yield 1
        //         log.append("quotient " + str(10 // divisor))  # site: divide
        //     finally:
        //         log.append("finally")
        // g = after_resume(0)
        // next(g)
        // try:
        //     next(g)
        // except ZeroDivisionError as e:
        //     where(e, "after_resume")
        [Fact]
        public void Exception_after_a_resume_inside_try_shows_its_source_line()
        {
            var kit = ExceptionKit.CompileWithDebugInformation(Bodies);
            var gen = kit.Make<Generator<int>>("Sample.AfterResume", 0);
            gen.Next();
            var e = ExceptionKit.Catch(() => gen.Next());
            Assert.IsType<DivideByZeroException>(e);
            Assert.Contains($"Source0.cs:line {LineOf(Bodies, "divide")}", e.StackTrace);
            Where(kit, Bodies, e, "AfterResumeFrame");
            kit.Expect("""
                finally
                innermost: divide
                body: divide
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)  # site: explode
        // def in_handler():
        //     try:
        //         yield 1
        //         explode("first")  # site: first
        //     except FormatException as e:
        //         yield 2
        //         explode("second after " + str(e))  # site: handler
        // g = in_handler()
        // next(g)
        // next(g)
        // try:
        //     next(g)
        // except FormatException as e:
        //     log.append(str(e))
        //     where(e, "in_handler")
        [Fact]
        public void Exception_inside_a_pausing_handler_shows_its_source_line()
        {
            var kit = ExceptionKit.CompileWithDebugInformation(Bodies);
            var gen = kit.Make<Generator<int>>("Sample.InHandler");
            gen.Next();
            gen.Next();
            var e = ExceptionKit.Catch(() => gen.Next());
            kit.Log.Add(e.Message);
            Assert.Contains($"Source0.cs:line {LineOf(Bodies, "handler")}", e.StackTrace);
            Where(kit, Bodies, e, "InHandlerFrame");
            kit.Expect("""
                second after first
                innermost: explode
                body: handler
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)  # site: explode
        // def rethrows():
        //     try:
        //         yield 1
        //         explode("original")  # site: original
        //     except FormatException:
        //         yield 2
        //         raise
        // g = rethrows()
        // next(g)
        // next(g)
        // try:
        //     next(g)
        // except FormatException as e:
        //     where(e, "rethrows")
        [Fact]
        public void Rethrow_inside_a_pausing_handler_keeps_the_original_source_line()
        {
            var kit = ExceptionKit.CompileWithDebugInformation(Bodies);
            var gen = kit.Make<Generator<int>>("Sample.Rethrows");
            gen.Next();
            gen.Next();
            var e = ExceptionKit.Catch(() => gen.Next());
            Assert.Contains($"Source0.cs:line {LineOf(Bodies, "explode")}", e.StackTrace);
            Assert.Contains($"Source0.cs:line {LineOf(Bodies, "original")}", e.StackTrace);
            Where(kit, Bodies, e, "RethrowsFrame");
            kit.Expect("""
                innermost: explode
                body: original
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)  # site: explode
        // def in_finally():
        //     try:
        //         yield 1
        //     finally:
        //         yield 2
        //         explode("in finally")  # site: finally
        // g = in_finally()
        // next(g)
        // next(g)
        // try:
        //     next(g)
        // except FormatException as e:
        //     where(e, "in_finally")
        [Fact]
        public void Exception_inside_a_pausing_finally_shows_its_source_line()
        {
            var kit = ExceptionKit.CompileWithDebugInformation(Bodies);
            var gen = kit.Make<Generator<int>>("Sample.InFinally");
            gen.Next();
            gen.Next();
            var e = ExceptionKit.Catch(() => gen.Next());
            Assert.Contains($"Source0.cs:line {LineOf(Bodies, "finally")}", e.StackTrace);
            Where(kit, Bodies, e, "InFinallyFrame");
            kit.Expect("""
                innermost: explode
                body: finally
                """);
        }

        // Python:
        // def explode(message):
        //     raise FormatException(message)  # site: explode
        // def in_for_each():
        //     for x in [1, 2]:
        //         yield x
        //         if x == 2: explode("in foreach")  # site: foreach
        // g = in_for_each()
        // next(g)
        // next(g)
        // try:
        //     next(g)
        // except FormatException as e:
        //     where(e, "in_for_each")
        [Fact]
        public void Exception_inside_a_foreach_shows_its_source_line()
        {
            var kit = ExceptionKit.CompileWithDebugInformation(Bodies);
            var gen = kit.Make<Generator<int>>("Sample.InForEach");
            gen.Next();
            gen.Next();
            var e = ExceptionKit.Catch(() => gen.Next());
            Assert.Contains($"Source0.cs:line {LineOf(Bodies, "foreach")}", e.StackTrace);
            Where(kit, Bodies, e, "InForEachFrame");
            kit.Expect("""
                innermost: explode
                body: foreach
                """);
        }

        // Python:
        // import io
        // def explode(message):
        //     raise FormatException(message)  # site: explode
        // def in_using():
        //     with io.BytesIO() as stream:
        //         yield 1
        //         stream.write(b"\x01")
        //         explode("in using " + str(len(stream.getvalue())))  # site: using
        // g = in_using()
        // next(g)
        // try:
        //     next(g)
        // except FormatException as e:
        //     log.append(str(e))
        //     where(e, "in_using")
        [Fact]
        public void Exception_inside_a_using_shows_its_source_line()
        {
            var kit = ExceptionKit.CompileWithDebugInformation(Bodies);
            var gen = kit.Make<Generator<int>>("Sample.InUsing");
            gen.Next();
            var e = ExceptionKit.Catch(() => gen.Next());
            kit.Log.Add(e.Message);
            Assert.Contains($"Source0.cs:line {LineOf(Bodies, "using")}", e.StackTrace);
            Where(kit, Bodies, e, "InUsingFrame");
            kit.Expect("""
                in using 1
                innermost: explode
                body: using
                """);
        }

        // Python:
        // def thrown_in():
        //     try:
        //         log.append("try")
        //         yield 1  # site: paused
        //     finally:
        //         log.append("finally")
        // g = thrown_in()
        // next(g)
        // try:
        //     g.throw(TimeoutException("from outside"))
        // except TimeoutException as e:
        //     where(e, "thrown_in")
        [Fact]
        public void Exception_thrown_in_shows_the_line_of_the_paused_yield()
        {
            var kit = ExceptionKit.CompileWithDebugInformation(Bodies);
            var gen = kit.Make<Generator<int>>("Sample.ThrownIn");
            gen.Next();
            var e = ExceptionKit.Catch(() => gen.Throw(new TimeoutException("from outside")));
            Assert.Contains($"Source0.cs:line {LineOf(Bodies, "paused")}", e.StackTrace);
            Where(kit, Bodies, e, "ThrownInFrame");
            kit.Expect("""
                try
                finally
                innermost: paused
                body: paused
                """);
        }
    }
}
