using System;
using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// Locals whose value no pause needs stay locals of Step (no field, or a field written only for Locals); every local
    /// a pause does need keeps its value across it, whatever path reads it.
    /// </summary>
    public class StepLocalTests
    {
        private const string Averager = """
            [Coroutine]
            public static partial void Averager(Co<double?, double> co)
            {
                double total = 0;
                int count = 0;
                double? average = null;
                while (true)
                {
                    double value = co.Yield(average);
                    total += value;
                    count++;
                    average = total / count;
                }
            }
            """;

        [Fact]
        public void Local_assigned_from_the_resume_and_used_before_the_next_pause_gets_no_field()
        {
            var compiled = SampleSource.Compile(Averager);
            var source = compiled.Run.GeneratedSources.Single().SourceText.ToString();

            Assert.DoesNotContain("private double value", source);
            Assert.Contains("private double total", source);
            Assert.Contains("private int count", source);
        }

        // avg = averager(); next(avg); print(avg.send(10), avg.send(20), avg.send(30))    10.0 15.0 20.0
        [Fact]
        public void Averager_with_step_locals_computes_the_running_average()
        {
            var gen = SampleSource.Compile(Averager).Make<Generator<double?, double, Unit>>("Sample.Averager");

            gen.Next();

            Assert.Equal(new double?[] { 10, 15, 20 }, new[] { gen.Send(10), gen.Send(20), gen.Send(30) });
        }

        // inspect.getgeneratorlocals shows average at the pause even though the code after it overwrites it first.
        [Fact]
        public void Locals_shows_a_step_local_at_the_pause_with_its_current_value()
        {
            var gen = SampleSource.Compile(Averager).Make<Generator<double?, double, Unit>>("Sample.Averager");

            gen.Next();
            gen.Send(10);
            gen.Send(20);

            Assert.Equal(15.0, gen.Locals["average"]);
            Assert.Equal(2, gen.Locals["count"]);
        }

        // def gen():
        //     v = 1
        //     try:
        //         v = 2
        //         yield 0
        //         v = 3
        //     finally:
        //         print("finally", v)
        // g = gen(); next(g); g.close()        finally 2
        [Fact]
        public void Local_read_by_a_finally_around_the_pause_keeps_its_value_when_closed()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    int v = 1;
                    try
                    {
                        v = 2;
                        co.Yield(0);
                        v = 3;
                    }
                    finally
                    {
                        Print("finally " + v);
                    }
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");

            gen.Next();
            gen.Close();

            Assert.Equal(new[] { "finally 2" }, compiled.Log());
        }

        // def gen():
        //     v = 1
        //     try:
        //         v = 2
        //         yield 0
        //         v = 3
        //     except ValueError:
        //         print("caught", v)
        // g = gen(); next(g); g.throw(ValueError())       caught 2
        [Fact]
        public void Local_read_by_a_catch_around_the_pause_keeps_its_value_when_thrown_into()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    int v = 1;
                    try
                    {
                        v = 2;
                        co.Yield(0);
                        v = 3;
                    }
                    catch (ArgumentException)
                    {
                        Print("caught " + v);
                    }
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Gen");

            gen.Next();
            Assert.False(gen.TryThrow(new ArgumentException()));

            Assert.Equal(new[] { "caught 2" }, compiled.Log());
        }

        // A break leaves the loop before the write that would have made the local dead: it is read after the loop.
        [Fact]
        public void Local_read_after_a_break_keeps_its_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co)
                {
                    int last = -1;
                    while (true)
                    {
                        int sent = co.Yield(last);
                        if (sent == 0) break;
                        last = sent;
                    }
                    Print("last " + last);
                }
                """);
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen");

            gen.Next();
            gen.Send(5);
            gen.Send(7);
            Assert.False(gen.TrySend(0));

            Assert.Equal(new[] { "last 7" }, compiled.Log());
        }

        // A write after the pause that only one branch makes does not prove the local dead.
        [Fact]
        public void Local_written_on_one_branch_only_after_the_pause_keeps_its_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co)
                {
                    int kept = 5;
                    for (int i = 0; i < 3; i++)
                    {
                        int sent = co.Yield(kept);
                        if (sent > 0) kept = sent;
                    }
                }
                """);
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen");

            Assert.Equal(5, gen.Next());
            Assert.Equal(5, gen.Send(0));
            Assert.Equal(7, gen.Send(7));
        }

        // A local read in the next iteration, before its write, through a continue.
        [Fact]
        public void Local_read_after_a_continue_keeps_its_value()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    int last = 0;
                    for (int i = 1; i <= 3; i++)
                    {
                        co.Yield(last);
                        if (i == 2) continue;
                        last = i * 10;
                    }
                }
                """);

            Assert.Equal(new[] { "0", "10", "10" }, Trace.Drain(compiled.Make<Generator<int>>("Sample.Gen")));
        }

        // The pause's own argument reads the local before pausing; the statement's target writes it after.
        [Fact]
        public void Local_both_yielded_and_assigned_by_one_statement_needs_no_field()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co)
                {
                    int x = 1;
                    while (x < 100)
                    {
                        x = co.Yield(x) + x;
                    }
                }
                """);
            var source = compiled.Run.GeneratedSources.Single().SourceText.ToString();
            var gen = compiled.Make<Generator<int, int, Unit>>("Sample.Gen");

            Assert.Contains("private int x", source);
            Assert.Equal(1, gen.Next());
            Assert.Equal(11, gen.Send(10));
            Assert.Equal(31, gen.Send(20));
        }

        // A step local may not share a name with a local of a block copied as written (CS0136).
        [Fact]
        public void Step_local_named_like_a_local_of_a_copied_block_stays_a_field()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int, int> co)
                {
                    {
                        int x = co.Yield(1);
                        co.Yield(x);
                    }
                    {
                        int x = 7;
                        co.Yield(x);
                    }
                }
                """);
            var source = compiled.Run.GeneratedSources.Single().SourceText.ToString();

            Assert.Contains("private int x", source);
            Assert.Equal(new[] { "1", "0", "7" }, Trace.Drain(compiled.Make<Generator<int, int, Unit>>("Sample.Gen")));
        }
    }
}
