using System;
using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>Lambdas in a coroutine see the same variables as the body, with C#'s per-iteration freshness.</summary>
    public class ClosureTests
    {
        private static List<string> Run(string body)
        {
            var compiled = Compiled.From($$"""
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Body(Co<int> co)
                    {
                {{body}}
                    }
                }
                """);
            var log = (List<string>)compiled.Assembly.GetType("Sample")!.GetField("Log")!.GetValue(null)!;
            log.Clear();
            var gen = compiled.Make<Generator<int>>("Sample.Body");
            while (gen.MoveNext()) log.Add("yielded " + gen.Current);
            return log.ToList();
        }

        [Fact]
        public void Lambda_writing_a_hoisted_local_is_seen_by_the_body_after_a_pause()
        {
            var log = Run("""
                        int total = 1;
                        Action add = () => total += 10;
                        co.Yield(total);
                        add();
                        co.Yield(total);
                """);
            Assert.Equal(new[] { "yielded 1", "yielded 11" }, log);
        }

        [Fact]
        public void Local_declared_in_a_loop_and_captured_is_fresh_per_iteration()
        {
            var log = Run("""
                        var readers = new List<Func<int>>();
                        for (int i = 0; i < 3; i++)
                        {
                            int copy = i * 10;
                            readers.Add(() => copy);
                            co.Yield(copy);
                        }
                        Log.Add(string.Join(",", readers.Select(r => r())));
                """);
            Assert.Equal(new[] { "yielded 0", "yielded 10", "yielded 20", "0,10,20" }, log);
        }

        [Fact]
        public void Foreach_variable_captured_is_fresh_per_iteration()
        {
            var log = Run("""
                        var readers = new List<Func<int>>();
                        foreach (var item in new[] { 4, 5, 6 })
                        {
                            readers.Add(() => item);
                            co.Yield(item);
                        }
                        Log.Add(string.Join(",", readers.Select(r => r())));
                """);
            Assert.Equal(new[] { "yielded 4", "yielded 5", "yielded 6", "4,5,6" }, log);
        }

        [Fact]
        public void For_loop_variable_captured_is_shared_as_in_CSharp()
        {
            var log = Run("""
                        var readers = new List<Func<int>>();
                        for (int i = 0; i < 2; i++)
                        {
                            readers.Add(() => i);
                            co.Yield(i);
                        }
                        Log.Add(string.Join(",", readers.Select(r => r())));
                """);
            Assert.Equal(new[] { "yielded 0", "yielded 1", "2,2" }, log);
        }
    
        [Fact]
        public void Lambda_in_a_local_initializer_or_a_yield_keeps_its_iteration()
        {
            var log = Run("""
                        var readers = new List<Func<int>>();
                        for (int i = 0; i < 3; i++)
                        {
                            int square = i * i;
                            Func<int> read = () => square;
                            readers.Add(read);
                            co.Yield(Apply(() => square));
                        }
                        Log.Add(string.Join(",", readers.Select(r => r())));
                """.Replace("Apply(", "new Func<Func<int>, int>(f => f())("));
            Assert.Equal(new[] { "yielded 0", "yielded 1", "yielded 4", "0,1,4" }, log);
        }
    }
}
