using System.Threading.Tasks;
using Coroutines.Analyzers.Tests.Harness;
using Coroutines.Generator.Diagnostics.Analyzers;
using Xunit;

namespace Coroutines.Analyzers.Tests
{
    /// <summary>CORO1004: Send on a generator whose send type is Unit.</summary>
    public class SendToUnitTests
    {
        [Fact]
        public Task Send_and_TrySend_on_a_generator_that_receives_nothing() => Verify<SendToUnitAnalyzer>.DiagnosticsAsync("""
            using Coroutines;

            public static class Program
            {
                public static void Run()
                {
                    var countdown = Gens.Countdown(3);
                    countdown.Next();
                    {|CORO1004:countdown.Send(Unit.Value)|};
                    {|CORO1004:countdown.TrySend(default)|};
                    {|CORO1004:countdown.TrySend(default, out int left)|};
                    IGenerator<int, Unit> viaInterface = countdown;
                    {|CORO1004:viaInterface.Send(default)|};
                }
            }
            """ + Samples.Coroutines);

        [Fact]
        public Task Quiet_for_generators_that_receive_values() => Verify<SendToUnitAnalyzer>.DiagnosticsAsync("""
            using Coroutines;

            public static class Program
            {
                public static void Run()
                {
                    var avg = Gens.Averager();
                    avg.Next();
                    avg.Send(1);
                    var countdown = Gens.Countdown(3);
                    countdown.Next();
                    countdown.MoveNext();
                }
            }
            """ + Samples.Coroutines);
    }
}
