namespace Coroutines.Analyzers.Tests.Harness
{
    /// <summary>Coroutines the tests drive; appended to each test's code so the generator compiles them beside it.</summary>
    public static class Samples
    {
        public const string Coroutines = """

            public static partial class Gens
            {
                [global::Coroutines.Coroutine]
                public static partial void Averager(global::Coroutines.Co<double?, double> co)
                {
                    double total = 0; int count = 0; double? average = null;
                    while (true)
                    {
                        double value = co.Yield(average);
                        total += value; count++;
                        average = total / count;
                    }
                }

                [global::Coroutines.Coroutine(Primed = true)]
                public static partial void PrimedAverager(global::Coroutines.Co<double?, double> co)
                {
                    double total = 0; int count = 0; double? average = null;
                    while (true)
                    {
                        double value = co.Yield(average);
                        total += value; count++;
                        average = total / count;
                    }
                }

                [global::Coroutines.Coroutine]
                public static partial int Summer(global::Coroutines.Co<int, int> co, int start)
                {
                    int sum = start;
                    while (true)
                    {
                        int value = co.Yield(sum);
                        if (value < 0) return sum;
                        sum += value;
                    }
                }

                [global::Coroutines.Coroutine]
                public static partial void Echo(global::Coroutines.Co<string?, string?> co)
                {
                    string? heard = null;
                    while (true) heard = co.Yield(heard);
                }

                [global::Coroutines.Coroutine]
                public static partial void Maybe(global::Coroutines.Co<int, int?> co)
                {
                    int? last = null;
                    while (true) last = co.Yield(last ?? 0);
                }

                [global::Coroutines.Coroutine]
                public static partial void Countdown(global::Coroutines.Co<int> co, int n)
                {
                    while (n > 0)
                    {
                        co.Yield(n);
                        n--;
                    }
                }
            }
            """;
    }
}
