using System.Collections.Generic;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    public class SmokeTests
    {
        [Fact]
        public void Countdown_yields_each_value_then_stops()
        {
            var compiled = Compiled.From("""
                using System.Collections.Generic;
                using Coroutines;
                public static partial class Sample
                {
                    public static List<string> Log = new();

                    [Coroutine]
                    public static partial void Countdown(Co<int> co, int n)
                    {
                        Log.Add("starting");
                        while (n > 0)
                        {
                            co.Yield(n);
                            n--;
                        }
                        Log.Add("done");
                    }
                }
                """);
            var gen = compiled.Make<Generator<int>>("Sample.Countdown", 3);
            Assert.Equal(new[] { "3", "2", "1" }, Trace.Drain(gen));
            Assert.Equal(new List<string> { "starting", "done" }, (List<string>)compiled.Assembly.GetType("Sample")!.GetField("Log")!.GetValue(null)!);
        }
    }
}
