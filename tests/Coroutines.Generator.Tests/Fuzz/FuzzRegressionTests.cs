using System;
using System.Linq;
using Xunit;

namespace Coroutines.Generator.Tests.Fuzz
{
    /// <summary>
    /// Programs the fuzzer found, shrunk. Each runs as a coroutine (MoveNext, then TrySend(10), TrySend(20)…) and as its
    /// plain twin (<c>co.Yield(e)</c> read as a sink that logs "yield e" and returns 10, 20…), with the helpers of
    /// <see cref="FuzzSupport"/>; both traces must be the one written here, which is what C# gives the plain method. The
    /// drivers end every trace by running the lambdas deferred with <c>Fz.Defer</c> ("run deferred").
    /// </summary>
    public class FuzzRegressionTests
    {
        private static void Expect(string body, string expected, int schedule = FuzzRunner.NoThrows)
        {
            var lines = expected.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            // first what C# does with the plain twin alone, so the expectation holds even while the generator fails
            Assert.Equal(lines, FuzzRunner.PlainTraceOfText(body, schedule));
            var (coroutine, plain) = FuzzRunner.TracesOfText(body, schedule);
            Assert.Equal(lines, plain);
            Assert.Equal(lines, coroutine);
        }

        // A foreach whose collection expression pauses but whose body does not: the lowering asks for the hoisted
        // name of the iteration variable, which is only hoisted when the body pauses (KeyNotFoundException).
        [Fact]
        public void Foreach_over_a_sequence_whose_expression_alone_pauses()
        {
            Expect("""
                foreach (var x1 in Fz.Seq(co.Yield(2)))
                {
                    Fz.P(x1);
                }
                return 1;
                """, """
                yield 2
                seq 10
                P 1
                P 2
                P 3
                seq end 10
                return 1
                run deferred
                """);
        }

        [Fact]
        public void Foreach_over_an_array_whose_elements_alone_pause()
        {
            Expect("""
                foreach (var x1 in new[] { co.Yield(1), 2 })
                {
                    Fz.P(x1);
                }
                return 0;
                """, """
                yield 1
                P 10
                P 2
                return 0
                run deferred
                """);
        }

        // A compound assignment whose right operand pauses becomes "v = (int)(before op right)" with the spilled right
        // operand not parenthesized: an operand of lower precedence than the operator binds wrongly.
        [Fact]
        public void Compound_assignment_keeps_a_pausing_subtraction_together()
        {
            Expect("""
                int v1 = 3;
                v1 -= co.Yield(1) - 1;
                return v1;
                """, """
                yield 1
                return -6
                run deferred
                """);
        }

        [Fact]
        public void Compound_assignment_keeps_a_pausing_coalesce_together()
        {
            Expect("""
                int v1 = 1;
                v1 += Fz.N(co.Yield(1)) ?? 5;
                return v1;
                """, """
                yield 1
                N 10
                return 6
                run deferred
                """);
        }

        [Fact]
        public void Compound_assignment_with_a_pausing_conditional()
        {
            Expect("""
                int v1 = 1;
                v1 += co.Yield(v1) is 3 ? 2 : 7;
                return v1;
                """, """
                yield 1
                return 8
                run deferred
                """);
        }

        [Fact]
        public void Compound_assignment_whose_value_is_a_pausing_compound_assignment()
        {
            Expect("""
                int v1 = 1;
                v1 -= v1 += co.Yield(4);
                return v1;
                """, """
                yield 4
                return -10
                run deferred
                """);
        }

        // Inside an exploded checked block every complete statement is wrapped in "checked { … }", and a catch clause
        // that does not pause, copied as written and ending in '}', is wrapped too: "checked { catch (E1 e1) { … } }".
        [Fact]
        public void Checked_block_around_a_try_whose_catch_does_not_pause()
        {
            Expect("""
                checked
                {
                    try
                    {
                        co.Yield(1);
                        Fz.L(Fz.Q(4), 0);
                    }
                    catch (E3 e1)
                    {
                        Fz.Caught(e1);
                    }
                }
                return 2;
                """, """
                yield 1
                Q 4
                caught E3 4
                return 2
                run deferred
                """);
        }

        // The same wrapping puts each statement of a finally that does not pause, copied under the guard, in a block of
        // its own: a label there is out of the reach of a goto in the statement before it.
        [Fact]
        public void Checked_block_around_a_finally_with_a_label()
        {
            Expect("""
                checked
                {
                    try
                    {
                        co.Yield(1);
                    }
                    finally
                    {
                        if (Fz.L(1, 1) is 2) goto L8;
                        Fz.Mark("skipped");
                    L8:
                        Fz.Mark("at L8");
                    }
                }
                return 1;
                """, """
                yield 1
                L 1 1
                at L8
                return 1
                run deferred
                """);
        }

        // …and leaves out local declarations, which would go out of scope in a block of their own: a declaration
        // there loses the checked context, and its initializer overflows silently.
        [Fact]
        public void Checked_block_around_a_finally_that_declares_a_local()
        {
            Expect("""
                checked
                {
                    try
                    {
                        co.Yield(1);
                    }
                    finally
                    {
                        int v1 = Fz.Max + Fz.L(1, 0);
                        Fz.P(v1);
                    }
                }
                return 0;
                """, """
                yield 1
                L 1 0
                throw OverflowException
                run deferred
                """);
        }

        // checked(e) keeps the keyword around what is left of e after spilling, but the operands and arms spilled
        // into statements of their own before the pause are computed outside the checked context.
        [Fact]
        public void Checked_expression_whose_operand_is_spilled_before_a_pause()
        {
            Expect("""
                return checked(Fz.Max + 1 + co.Yield(0));
                """, """
                throw OverflowException
                run deferred
                """);
        }

        [Fact]
        public void Checked_expression_around_a_switch_expression_that_pauses()
        {
            Expect("""
                return checked(3 switch { < 0 => co.Yield(1), _ => 2 + Fz.Max });
                """, """
                throw OverflowException
                run deferred
                """);
        }

        // A break in a statement copied as written becomes "goto foreach_n_end;", and C# forbids a goto that jumps
        // forward over a using declaration (CS8648), which break itself may do.
        [Fact]
        public void Break_before_a_using_declaration_in_a_copied_statement()
        {
            Expect("""
                foreach (var x3 in Fz.A)
                {
                    co.Yield(x3);
                    using (Fz.Open("r4", 1))
                    {
                        if (x3 >= 0) break;
                        using var r5 = new Res("r5", 3);
                    }
                }
                return 1;
                """, """
                yield 3
                open r4 1
                dispose r4
                return 1
                run deferred
                """);
        }

        // A loop-body local that a lambda captures lives in a closure object made anew each pass; copied statements
        // reach it through a local copy of the current closure. A catch clause that does not pause is copied another
        // way, without that copy: its lambda reads the frame's closure field when it runs, so every pass's lambda
        // sees the last pass's variable.
        [Fact]
        public void Lambda_in_a_catch_clause_captures_this_pass_of_the_loop()
        {
            Expect("""
                int k1 = 0;
                while (k1 < 3)
                {
                    k1++;
                    int v2 = k1;
                    try
                    {
                        Fz.Q(4);
                        co.Yield(k1);
                    }
                    catch (E3)
                    {
                        Fz.Defer(() => Fz.P(v2));
                    }
                }
                return 0;
                """, """
                Q 4
                Q 4
                Q 4
                return 0
                run deferred
                P 1
                P 2
                P 3
                """);
        }

        // A loop-body local declared in a checked block and captured by a lambda lives in a closure object made when
        // its scope is entered; the exploded checked block never makes it, so the first use meets null.
        [Fact]
        public void Lambda_captures_a_local_of_a_checked_block_in_a_loop()
        {
            Expect("""
                int k1 = 0;
                do
                {
                    k1++;
                    checked
                    {
                        int v5 = k1;
                        co.Yield(0);
                        Fz.Defer(() => Fz.P(v5));
                    }
                } while (k1 < 2);
                return 1;
                """, """
                yield 0
                yield 0
                return 1
                run deferred
                P 1
                P 2
                """);
        }

        // Statements of an exploded checked block are wrapped in "checked { … }" one by one, except code that starts
        // with "switch" or "catch" (the dispatch of an exploded switch, a catch clause): a whole switch statement
        // copied as written, or the body of a catch clause that does not pause, loses the checked context.
        [Fact]
        public void Checked_block_around_a_switch_statement_that_does_not_pause()
        {
            Expect("""
                int v1 = Fz.Max;
                checked
                {
                    switch (v1)
                    {
                        case > 0:
                            v1 += Fz.L(1, 0);
                            break;
                    }
                    co.Yield(v1);
                }
                return 3;
                """, """
                L 1 0
                throw OverflowException
                run deferred
                """);
        }

        [Fact]
        public void Checked_block_around_a_catch_clause_that_does_not_pause()
        {
            Expect("""
                checked
                {
                    try
                    {
                        co.Yield(1);
                        Fz.Q(4);
                    }
                    catch (E3)
                    {
                        Fz.P(Fz.Max + Fz.L(1, 0));
                    }
                }
                return 2;
                """, """
                yield 1
                Q 4
                L 1 0
                throw OverflowException
                run deferred
                """);
        }

        // A statement of a finally that does not pause, copied as written, whose lambda captures a loop-body local is
        // wrapped in a block that makes the local copy of this pass's closure; when that statement is labeled, the
        // block hides the label from a goto before it.
        [Fact]
        public void Labeled_statement_with_a_lambda_in_a_finally_that_does_not_pause()
        {
            Expect("""
                for (int k1 = 0; k1 < 2; k1++)
                {
                    int v2 = k1;
                    try
                    {
                        co.Yield(k1);
                    }
                    finally
                    {
                        if (k1 >= 1) goto L14;
                        Fz.Mark("not skipped");
                    L14:
                        Fz.Defer(() => Fz.P(v2));
                    }
                }
                return 1;
                """, """
                yield 0
                not skipped
                yield 1
                return 1
                run deferred
                P 0
                P 1
                """);
        }

        // Inside an exploded checked block the header of an exploded switch is written without the checked wrapping
        // (it is followed by its case lines), so the governing expression and the when clauses overflow silently.
        [Fact]
        public void Checked_block_around_a_pausing_switch_whose_subject_overflows()
        {
            Expect("""
                int v1 = Fz.Max;
                checked
                {
                    switch (v1 + Fz.L(1, 0))
                    {
                        case 0:
                            co.Yield(0);
                            break;
                    }
                }
                return 1;
                """, """
                L 1 0
                throw OverflowException
                run deferred
                """);
        }

        [Fact]
        public void Checked_block_around_a_pausing_switch_whose_when_clause_overflows()
        {
            Expect("""
                int v1 = Fz.Max;
                checked
                {
                    switch (v1)
                    {
                        case > 0 when v1 + Fz.L(1, 0) < 0:
                            co.Yield(0);
                            break;
                    }
                }
                return 1;
                """, """
                L 1 0
                throw OverflowException
                run deferred
                """);
        }

        // The same holds for the header of a catch clause: an overflow in its filter must make the filter fail (a filter
        // that throws is false), not wrap around and pass.
        [Fact]
        public void Checked_block_around_a_catch_filter_that_overflows()
        {
            Expect("""
                checked
                {
                    try
                    {
                        co.Yield(1);
                        Fz.Q(4);
                    }
                    catch (E3 e1) when (e1.V + Fz.Max < 0)
                    {
                        Fz.Caught(e1);
                    }
                }
                return 2;
                """, """
                yield 1
                Q 4
                throw E3
                run deferred
                """);
        }
    }
}
