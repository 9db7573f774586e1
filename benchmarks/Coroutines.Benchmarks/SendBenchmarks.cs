using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Coroutines.Benchmarks
{
    /// <summary>
    /// Suite 2, Send: prime the seed's averager, send it 1 .. N and sum the averages it yields back; per item.
    /// A C# iterator cannot receive a value, so its peer reads each one from a shared slot after resuming.
    /// </summary>
    [MemoryDiagnoser]
    public class SendBenchmarks
    {
        public const int N = 1000;

        [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "C# iterator + slot")]
        public double IteratorSlot()
        {
            double sum = 0;
            var slot = new Slot<double>();
            IEnumerator<double?> e = Iter.Averager(slot).GetEnumerator();
            e.MoveNext();
            for (int i = 1; i <= N; i++)
            {
                slot.Value = i;
                e.MoveNext();
                sum += e.Current.GetValueOrDefault();
            }
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "generated (Send)")]
        public double Generated_Send()
        {
            double sum = 0;
            Generator<double?, double, Unit> avg = Gen.Averager();
            avg.Next();
            for (int i = 1; i <= N; i++) sum += avg.Send(i).GetValueOrDefault();
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "generated (TrySend)")]
        public double Generated_TrySend()
        {
            double sum = 0;
            Generator<double?, double, Unit> avg = Gen.Averager();
            avg.Next();
            for (int i = 1; i <= N; i++)
            {
                avg.TrySend(i, out double? average);
                sum += average.GetValueOrDefault();
            }
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "hand-written frame")]
        public double HandWritten()
        {
            double sum = 0;
            var m = new AveragerMachine();
            m.Next();
            for (int i = 1; i <= N; i++) sum += m.Send(i).GetValueOrDefault();
            return sum;
        }

        [Benchmark(OperationsPerInvoke = N, Description = "async/await + custom awaiter")]
        public double Awaiter()
        {
            double sum = 0;
            AwaitCo<double?, double> co = Awaiting.Averager();
            co.MoveNext();
            for (int i = 1; i <= N; i++) sum += co.Send(i).GetValueOrDefault();
            return sum;
        }
    }
}
