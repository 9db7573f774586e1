using System.Threading.Tasks;
using Coroutines.Analyzers.Tests.Harness;
using Coroutines.Generator.Diagnostics.Analyzers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Coroutines.Analyzers.Tests
{
    /// <summary>CORO1001: a send that can reach a coroutine nobody has resumed, on at least one path; and the near misses.</summary>
    public class UnprimedSendTests
    {
        private static Task Check(string body, string members = "") => Verify<UnprimedSendAnalyzer>.DiagnosticsAsync($$"""
            using System;
            using System.Collections.Generic;
            using Coroutines;

            public static class Program
            {
                public static void Run(bool flag, int k, IEnumerable<double> values)
                {
            {{body}}
                }
            {{members}}
            }
            """ + Samples.Coroutines);

        // ---- must warn, exactly at the send ----

        [Fact]
        public Task Send_right_after_creation() => Check("""
                    var avg = Gens.Averager();
                    {|CORO1001:avg.Send(10)|};
            """);

        [Fact]
        public Task TrySend_right_after_creation() => Check("""
                    var avg = Gens.Averager();
                    if ({|CORO1001:avg.TrySend(10, out double? mean)|}) Console.WriteLine(mean);
            """);

        [Fact]
        public Task Send_on_the_factory_call_itself() => Check("""
                    Console.WriteLine({|CORO1001:Gens.Averager().Send(10)|});
            """);

        [Fact]
        public Task Zero_is_a_value_too() => Check("""
                    var sum = Gens.Summer(0);
                    {|CORO1001:sum.Send(0)|};
                    var other = Gens.Summer(0);
                    {|CORO1001:other.Send(default)|};
            """);

        [Fact]
        public Task Primed_on_one_branch_only() => Check("""
                    var avg = Gens.Averager();
                    if (flag) avg.Next();
                    {|CORO1001:avg.Send(10)|};
            """);

        [Fact]
        public Task Primed_in_a_branch_that_returns_early() => Check("""
                    var avg = Gens.Averager();
                    if (flag)
                    {
                        avg.Next();
                        return;
                    }
                    {|CORO1001:avg.Send(10)|};
            """);

        [Fact]
        public Task Switch_with_a_case_that_does_not_prime() => Check("""
                    var avg = Gens.Averager();
                    switch (k)
                    {
                        case 1:
                            avg.Next();
                            break;
                        case 2:
                            Console.WriteLine("two");
                            break;
                        default:
                            avg.TryNext(out _);
                            break;
                    }
                    {|CORO1001:avg.Send(10)|};
            """);

        [Fact]
        public Task Loop_that_primes_after_its_first_send() => Check("""
                    var avg = Gens.Averager();
                    foreach (double value in values)
                    {
                        {|CORO1001:avg.Send(value)|};
                        avg.Next();
                    }
            """);

        [Fact]
        public Task Fresh_coroutine_on_every_iteration() => Check("""
                    Generator<double?, double, Unit> avg;
                    for (int i = 0; i < k; i++)
                    {
                        avg = Gens.Averager();
                        if (i > 0) avg.Next();
                        {|CORO1001:avg.Send(i)|};
                    }
            """);

        [Fact]
        public Task Exception_before_the_priming_reaches_the_catch() => Check("""
                    var avg = Gens.Averager();
                    try
                    {
                        Console.WriteLine("working");
                        avg.Next();
                    }
                    catch (InvalidOperationException)
                    {
                        {|CORO1001:avg.Send(-1)|};
                    }
            """);

        [Fact]
        public Task Catch_that_swallows_before_the_priming() => Check("""
                    var avg = Gens.Averager();
                    try
                    {
                        Console.WriteLine("working");
                        avg.Next();
                    }
                    catch (InvalidOperationException)
                    {
                        Console.WriteLine("failed");
                    }
                    {|CORO1001:avg.Send(1)|};
            """);

        [Fact]
        public Task Send_in_a_finally() => Check("""
                    var avg = Gens.Averager();
                    try
                    {
                        if (flag) return;
                        avg.Next();
                    }
                    finally
                    {
                        {|CORO1001:avg.Send(1)|};
                    }
            """);

        [Fact]
        public Task Either_branch_of_a_conditional_is_fresh() => Check("""
                    var avg = flag ? Gens.Averager() : Gens.PrimedAverager();
                    {|CORO1001:avg.Send(1)|};
            """);

        [Fact]
        public Task Conditional_access_send() => Check("""
                    var avg = Gens.Averager();
                    {|CORO1001:avg?.Send(1)|};
            """);

        [Fact]
        public Task Through_an_interface_variable() => Check("""
                    IGenerator<double?, double> avg = Gens.Averager();
                    {|CORO1001:avg.Send(1)|};
            """);

        [Fact]
        public Task Using_declaration() => Check("""
                    using var avg = Gens.Averager();
                    {|CORO1001:avg.Send(1)|};
            """);

        [Fact]
        public Task Inside_a_lambda_with_its_own_coroutine() => Check("""
                    Action run = () =>
                    {
                        var avg = Gens.Averager();
                        {|CORO1001:avg.Send(1)|};
                    };
                    run();
            """);

        [Fact]
        public Task Inside_a_local_function() => Check("""
                    Local();
                    static void Local()
                    {
                        var avg = Gens.Averager();
                        {|CORO1001:avg.Send(1)|};
                    }
            """);

        [Fact]
        public Task Only_the_first_send_on_a_path_is_reported() => Check("""
                    var avg = Gens.Averager();
                    {|CORO1001:avg.Send(1)|};
                    avg.Send(2);
            """);

        [Fact]
        public Task Each_path_reports_its_own_first_send() => Check("""
                    var avg = Gens.Averager();
                    if (flag) {|CORO1001:avg.Send(1)|};
                    else {|CORO1001:avg.Send(2)|};
            """);

        [Fact]
        public Task Top_level_statements() => Verify<UnprimedSendAnalyzer>.DiagnosticsAsync("""
            using Coroutines;

            var avg = Gens.Averager();
            {|CORO1001:avg.Send(10)|};
            avg = Gens.Averager();
            avg.Next();
            avg.Send(10);
            """ + Samples.Coroutines, OutputKind.ConsoleApplication);

        [Fact]
        public Task A_priming_flag_of_your_own_is_not_understood() => Check("""
                    var avg = Gens.Averager();
                    bool started = false;
                    foreach (double value in values)
                    {
                        if (!started)
                        {
                            avg.Next();
                            started = true;
                        }
                        {|CORO1001:avg.Send(value)|};
                    }
            """);

        [Fact]
        public Task Loop_that_breaks_before_priming() => Check("""
                    var avg = Gens.Averager();
                    while (true)
                    {
                        if (k > 3) break;
                        avg.Next();
                        break;
                    }
                    {|CORO1001:avg.Send(1)|};
            """);

        [Fact]
        public Task An_escape_on_one_path_leaves_the_other_path_unprimed() => Check("""
                    var avg = Gens.Averager();
                    if (flag) Prime(avg);
                    {|CORO1001:avg.Send(10)|};
            """, """
                private static void Prime(IGenerator<double?, double> generator) => generator.Next();
            """);

        // ---- must stay quiet ----

        [Fact]
        public Task Primed_inside_a_using_block() => Check("""
                    using (var avg = Gens.Averager())
                    {
                        avg.Next();
                        avg.Send(1);
                    }
            """);

        [Fact]
        public Task Sends_in_a_loop_condition_after_priming() => Check("""
                    var sum = Gens.Summer(0);
                    sum.Next();
                    int i = 0;
                    while (sum.TrySend(i++, out int total) && total < 100) Console.WriteLine(total);
            """);

        [Fact]
        public Task Primed_through_goto() => Check("""
                    var avg = Gens.Averager();
                    if (flag) goto prime;
                    avg.Next();
                    goto send;
                prime:
                    avg.MoveNext();
                send:
                    avg.Send(1);
            """);

        [Fact]
        public Task Primed_first() => Check("""
                    var avg = Gens.Averager();
                    avg.Next();
                    avg.Send(10);
                    avg.Send(20);
            """);

        [Fact]
        public Task Primed_on_every_path() => Check("""
                    var avg = Gens.Averager();
                    if (flag) avg.Next();
                    else if (k > 0) avg.TryNext(out _);
                    else avg.MoveNext();
                    avg.Send(10);
            """);

        [Fact]
        public Task Primed_in_every_switch_case() => Check("""
                    var avg = Gens.Averager();
                    switch (k)
                    {
                        case 1:
                            avg.Next();
                            break;
                        default:
                            avg.MoveNext();
                            break;
                    }
                    avg.Send(10);
            """);

        [Fact]
        public Task Primed_in_a_loop_before_the_send() => Check("""
                    var avg = Gens.Averager();
                    foreach (double value in values)
                    {
                        avg.Next();
                        avg.Send(value);
                    }
                    var other = Gens.Averager();
                    while (other.MoveNext())
                    {
                        other.Send(1);
                    }
                    var third = Gens.Averager();
                    do
                    {
                        third.Next();
                    } while (flag);
                    third.Send(3);
            """);

        [Fact]
        public Task Primed_by_the_loop_condition() => Check("""
                    var avg = Gens.Averager();
                    for (int i = 0; avg.TryNext(out _) && i < k; i++)
                        avg.Send(i);
            """);

        [Fact]
        public Task Unprimed_branches_return_before_the_send() => Check("""
                    var avg = Gens.Averager();
                    if (!flag) return;
                    avg.Next();
                    avg.Send(1);
            """);

        [Fact]
        public Task Send_null_primes_a_nullable_send_type() => Check("""
                    var maybe = Gens.Maybe();
                    maybe.Send(null);
                    maybe.Send(3);
                    var echo = Gens.Echo();
                    echo.Send(null);
                    echo.Send("hello");
                    var third = Gens.Echo();
                    third.TrySend(default);
                    third.Send("again");
            """);

        [Fact]
        public Task Primed_inside_try_with_finally() => Check("""
                    var avg = Gens.Averager();
                    try
                    {
                        avg.Next();
                    }
                    finally
                    {
                        Console.WriteLine("cleanup");
                    }
                    avg.Send(1);
            """);

        [Fact]
        public Task Priming_that_throws_has_still_started_it() => Check("""
                    var avg = Gens.Averager();
                    try
                    {
                        avg.Next();
                    }
                    catch (InvalidOperationException)
                    {
                        avg.Send(-1);
                    }
            """);

        [Fact]
        public Task Primed_factory() => Check("""
                    var avg = Gens.PrimedAverager();
                    avg.Send(10);
                    Gens.PrimedAverager().Send(20);
            """);

        [Fact]
        public Task Foreach_over_it_first() => Check("""
                    var avg = Gens.Averager();
                    foreach (double? mean in avg)
                    {
                        if (mean > 3) break;
                    }
                    avg.Send(1);
            """);

        [Fact]
        public Task Escapes_as_an_argument() => Check("""
                    var avg = Gens.Averager();
                    Prime(avg);
                    avg.Send(10);
            """, """
                private static void Prime(IGenerator<double?, double> generator) => generator.Next();
            """);

        [Fact]
        public Task Escapes_into_a_field_or_a_collection() => Check("""
                    var avg = Gens.Averager();
                    held = avg;
                    PrimeHeld();
                    avg.Send(10);
                    var other = Gens.Averager();
                    var list = new List<Generator<double?, double, Unit>> { other };
                    list[0].Next();
                    other.Send(1);
                    var third = Gens.Averager();
                    var array = new[] { third };
                    array[0].Next();
                    third.Send(1);
            """, """
                private static Generator<double?, double, Unit>? held;
                private static void PrimeHeld() => held!.Next();
            """);

        [Fact]
        public Task Escapes_into_a_lambda() => Check("""
                    var avg = Gens.Averager();
                    Action prime = () => avg.Next();
                    prime();
                    avg.Send(10);
            """);

        [Fact]
        public Task Escapes_into_another_variable() => Check("""
                    var avg = Gens.Averager();
                    var alias = avg;
                    alias.Next();
                    avg.Send(10);
            """);

        [Fact]
        public Task Returned_from_a_helper_is_not_followed() => Check("""
                    var avg = Make();
                    avg.Next();
                    avg.Send(10);
                    var made = Make();
                    made.Send(1);
            """, """
                private static Generator<double?, double, Unit> Make()
                {
                    var avg = Gens.Averager();
                    if (DateTime.Now.Ticks > 0) return avg;
                    avg.Next();
                    return avg;
                }
            """);

        [Fact]
        public Task Passed_by_ref_or_out() => Check("""
                    var avg = Gens.Averager();
                    Prime(ref avg);
                    avg.Send(10);
            """, """
                private static void Prime(ref Generator<double?, double, Unit> generator) => generator.Next();
            """);

        [Fact]
        public Task Code_that_checks_its_state_decides_itself() => Check("""
                    var avg = Gens.Averager();
                    if (avg.State == CoroutineState.Created) avg.Next();
                    avg.Send(10);
            """);
    }
}
