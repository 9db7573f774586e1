using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// Resume points inside expressions: each body logs its side effects; sending 10, 20, 30… in turn, the log must
    /// equal what the same code logs with every co.Yield(x) replaced by a call that logs x and returns the next value.
    /// </summary>
    public class SpillingTests
    {
        private static List<string> RunWithSends(string body, string sendType = "int", string extraMembers = "")
        {
            var source = $$"""
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();
                    static int Note(int v) { Log.Add("eval " + v); return v; }
                    static string Show(object? o) => o?.ToString() ?? "null";
                    {{extraMembers}}

                    [Coroutine]
                    public static partial void Body(Co<object?, {{sendType}}> co)
                    {
                {{body}}
                    }
                }
                """;
            var compiled = Compiled.From(source);
            var log = (List<string>)compiled.Assembly.GetType("Sample")!.GetField("Log")!.GetValue(null)!;
            log.Clear();
            var gen = compiled.Make<IGenerator<object?, int>>("Sample.Body");
            int send = 10;
            bool more = gen.MoveNext();
            while (more)
            {
                log.Add("yielded " + (gen.Current?.ToString() ?? "null"));
                more = gen.TrySend(send);
                send += 10;
            }
            return log.ToList();
        }

        [Fact]
        public void Arguments_left_of_a_yield_are_evaluated_first_and_kept()
        {
            var log = RunWithSends("""
                        int F(int a, int b, int c) => a * 100 + b * 10 + c;
                        Log.Add("result " + F(Note(1), co.Yield("x"), Note(3)));
                """);
            Assert.Equal(new[] { "eval 1", "yielded x", "eval 3", "result 203" }, log);
        }

        // C#: int[] a = { … } written without new: the elements keep their order around the pauses.
        [Fact]
        public void Array_initializer_of_a_declaration_pauses_between_its_elements()
        {
            var log = RunWithSends("""
                        int[] a = { Note(1), co.Yield("a"), Note(3), co.Yield("b") };
                        Log.Add(string.Join(",", a));
                """);
            Assert.Equal(new[] { "eval 1", "yielded a", "eval 3", "yielded b", "1,10,3,20" }, log);
        }

        // C#: in a multi-dimensional initializer, the rows before a pausing row are evaluated before the pause.
        [Fact]
        public void Nested_array_initializer_rows_are_evaluated_in_order()
        {
            var log = RunWithSends("""
                        var grid = new int[,] { { Note(1), Note(2) }, { co.Yield("a"), Note(4) } };
                        Log.Add(grid[0, 0] + "," + grid[0, 1] + "," + grid[1, 0] + "," + grid[1, 1]);
                """);
            Assert.Equal(new[] { "eval 1", "eval 2", "yielded a", "eval 4", "1,2,10,4" }, log);
        }

        // C#: the null-forgiving operator does nothing at run time; its operand pauses like any other.
        [Fact]
        public void Null_forgiving_operator_around_a_yield()
        {
            var log = RunWithSends("""
                        string text = Show(co.Yield("a")!) + Note(2);
                        Log.Add(text);
                """);
            Assert.Equal(new[] { "yielded a", "eval 2", "102" }, log);
        }

        [Fact]
        public void Binary_operands_keep_left_to_right_order()
        {
            var log = RunWithSends("""
                        int x = Note(5) + co.Yield("a") * Note(2);
                        Log.Add("x " + x);
                """);
            Assert.Equal(new[] { "eval 5", "yielded a", "eval 2", "x 25" }, log);
        }

        [Fact]
        public void And_only_pauses_when_the_left_side_is_true()
        {
            var log = RunWithSends("""
                        bool a = false && co.Yield("never") > 0;
                        bool b = true && co.Yield("once") > 5;
                        Log.Add($"{a} {b}");
                """);
            Assert.Equal(new[] { "yielded once", "False True" }, log);
        }

        [Fact]
        public void Or_only_pauses_when_the_left_side_is_false()
        {
            var log = RunWithSends("""
                        bool a = true || co.Yield("never") > 0;
                        bool b = false || co.Yield("once") > 50;
                        Log.Add($"{a} {b}");
                """);
            Assert.Equal(new[] { "yielded once", "True False" }, log);
        }

        [Fact]
        public void Conditional_operator_pauses_only_in_the_taken_branch()
        {
            var log = RunWithSends("""
                        int n = Note(1) > 0 ? co.Yield("then") : co.Yield("else");
                        Log.Add("n " + n);
                """);
            Assert.Equal(new[] { "eval 1", "yielded then", "n 10" }, log);
        }

        [Fact]
        public void Coalesce_pauses_only_when_the_left_side_is_null()
        {
            var log = RunWithSends("""
                        string? s = null;
                        string? t = "set";
                        string a = s ?? ("sent " + co.Yield("needed"));
                        string b = t ?? ("sent " + co.Yield("not needed"));
                        Log.Add(a + " / " + b);
                """);
            Assert.Equal(new[] { "yielded needed", "sent 10 / set" }, log);
        }

        [Fact]
        public void Conditions_of_if_and_while_may_pause()
        {
            var log = RunWithSends("""
                        int i = 0;
                        while (co.Yield("check " + i) < 40) i++;
                        if (co.Yield("if") == 50) Log.Add("fifty");
                        Log.Add("i " + i);
                """);
            Assert.Equal(new[] { "yielded check 0", "yielded check 1", "yielded check 2", "yielded check 3", "yielded if", "fifty", "i 3" }, log);
        }

        [Fact]
        public void For_condition_and_iterator_may_pause()
        {
            var log = RunWithSends("""
                        for (int i = co.Yield("init"); i < 30; i += co.Yield("step " + i)) Log.Add("body " + i);
                """);
            Assert.Equal(new[] { "yielded init", "body 10", "yielded step 10" }, log);
        }

        [Fact]
        public void Interpolated_string_holes_keep_their_order()
        {
            var log = RunWithSends("""
                        Log.Add($"{Note(1)}-{co.Yield("hole"),4}-{Note(2):D3}");
                """);
            Assert.Equal(new[] { "eval 1", "yielded hole", "eval 2", "1-  10-002" }, log);
        }

        [Fact]
        public void Compound_assignment_reads_the_variable_before_pausing()
        {
            var log = RunWithSends("""
                        int x = 1;
                        Action bump = () => x = 100;
                        x += Bump(bump) + co.Yield("add");
                        Log.Add("x " + x);
                """, extraMembers: "static int Bump(Action a) { a(); return 0; }");
            Assert.Equal(new[] { "yielded add", "x 11" }, log);
        }

        [Fact]
        public void Object_and_collection_initializers_run_in_order()
        {
            var log = RunWithSends("""
                        var list = new List<int> { Note(1), co.Yield("second"), Note(3) };
                        Log.Add(string.Join(",", list));
                """);
            Assert.Equal(new[] { "eval 1", "yielded second", "eval 3", "1,10,3" }, log);
        }

        [Fact]
        public void Ref_argument_into_an_array_element_takes_the_reference_after_the_resume()
        {
            var log = RunWithSends("""
                        int[] arr = { 1, 2, 3 };
                        int I() { Log.Add("index"); return 1; }
                        static void Add(ref int target, int amount) => target += amount;
                        Add(ref arr[I()], co.Yield("amount"));
                        Log.Add(string.Join(",", arr));
                """);
            Assert.Equal(new[] { "index", "yielded amount", "1,12,3" }, log);
        }

        [Fact]
        public void Mutable_struct_receiver_is_not_copied()
        {
            var log = RunWithSends("""
                        var counter = new Counter();
                        counter.Add(co.Yield("amount"));
                        counter.Add(co.Yield("again"));
                        Log.Add("total " + counter.Total);
                """, extraMembers: "public struct Counter { public int Total; public void Add(int n) => Total += n; }");
            Assert.Equal(new[] { "yielded amount", "yielded again", "total 30" }, log);
        }

        [Fact]
        public void Switch_expression_arm_pauses_only_when_chosen()
        {
            var log = RunWithSends("""
                        int k = Note(2);
                        string s = k switch { 1 => "one", 2 => "two " + co.Yield("arm"), _ => "other" };
                        Log.Add(s);
                """);
            Assert.Equal(new[] { "eval 2", "yielded arm", "two 10" }, log);
        }

        [Fact]
        public void Conditional_access_pauses_only_when_the_receiver_is_not_null()
        {
            var log = RunWithSends("""
                        List<int>? none = null;
                        var some = new List<int>();
                        none?.Add(co.Yield("never"));
                        some?.Add(co.Yield("once"));
                        Log.Add("count " + new List<int>(some ?? new()).Count);
                """);
            Assert.Equal(new[] { "yielded once", "count 1" }, log);
        }

        [Fact]
        public void Return_of_an_expression_holding_a_yield()
        {
            var compiled = Compiled.From("""
                using Coroutines;
                public static partial class Sample
                {
                    [Coroutine]
                    public static partial int Sum(Co<string, int> co) => co.Yield("a") + co.Yield("b");
                }
                """);
            var gen = compiled.Make<Generator<string, int, int>>("Sample.Sum");
            Assert.Equal("a", gen.Next());
            Assert.Equal("b", gen.Send(1));
            Assert.False(gen.TrySend(2, out _));
            Assert.Equal(3, gen.Result);
        }
    
        [Fact]
        public void Checked_block_stays_checked_across_a_resume()
        {
            var log = RunWithSends("""
                        int big = int.MaxValue - 5;
                        try
                        {
                            checked
                            {
                                int step = co.Yield("step");
                                big += step;
                                Log.Add("no overflow");
                            }
                        }
                        catch (OverflowException) { Log.Add("overflow"); }
                        unchecked
                        {
                            int again = co.Yield("again");
                            big = int.MaxValue;
                            big += again;
                            Log.Add("wrapped " + (big < 0));
                        }
                """);
            Assert.Equal(new[] { "yielded step", "overflow", "yielded again", "wrapped True" }, log);
        }
    }
}
