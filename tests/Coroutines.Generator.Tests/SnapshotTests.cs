using System.Linq;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests
{
    /// <summary>
    /// Reviewed generated files for a few representative coroutines (<c>Snapshots/*.verified.cs</c>). They guard the
    /// readability of the output; behaviour is tested elsewhere. Every snapshot also compiles warning-free.
    /// </summary>
    public class SnapshotTests
    {
        [Fact]
        public void Countdown()
        {
            Verify("Countdown", """
                using System;
                using Coroutines;

                public static partial class Examples
                {
                    // yields ints, receives nothing, returns nothing
                    [Coroutine]
                    public static partial void Countdown(Co<int> co, int n)
                    {
                        Console.WriteLine("starting countdown");
                        while (n > 0)
                        {
                            co.Yield(n);          // pause here, hand n to the caller
                            n--;                  // resume here on the next request
                        }
                        Console.WriteLine("done");
                    }
                }
                """);
        }

        [Fact]
        public void Averager()
        {
            Verify("Averager", """
                using Coroutines;

                public static partial class Examples
                {
                    // yields the running average, receives doubles
                    [Coroutine]
                    public static partial void Averager(Co<double?, double> co)
                    {
                        double total = 0; int count = 0; double? average = null;
                        while (true)
                        {
                            double value = co.Yield(average);   // hand out the average AND wait for the next input
                            total += value; count++;
                            average = total / count;
                        }
                    }
                }
                """);
        }

        [Fact]
        public void Ticker()
        {
            Verify("Ticker", """
                using Coroutines;

                public static partial class Examples
                {
                    [Coroutine]
                    public static partial string Ticker(Co<int, bool> co, int limit)
                    {
                        int ticks = 0;
                        while (ticks < limit)
                        {
                            bool stop = co.Yield(ticks);
                            if (stop) break;
                            ticks++;
                        }
                        return $"stopped at {ticks}";
                    }
                }
                """);
        }

        [Fact]
        public void InstanceGeneric()
        {
            Verify("InstanceGeneric", """
                using System;
                using System.Collections.Generic;
                using Coroutines;

                namespace Shop
                {
                    public partial class Inventory<TItem> where TItem : class
                    {
                        private readonly List<TItem> items = new();

                        public int Lookups { get; private set; }

                        /// <summary>Yields the items whose key equals <paramref name="wanted"/>; returns how many there were.</summary>
                        /// <param name="co">The coroutine's context.</param>
                        /// <param name="key">Picks an item's key.</param>
                        /// <param name="wanted">The key to match.</param>
                        [Coroutine]
                        public partial int Matching<TKey>(Co<TItem> co, Func<TItem, TKey> key, TKey wanted) where TKey : IEquatable<TKey>
                        {
                            int found = 0;
                            for (int i = 0; i < items.Count; i++)
                            {
                                Lookups++;
                                if (!key(items[i]).Equals(wanted)) continue;
                                found++;
                                co.Yield(items[i]);
                            }
                            return found;
                        }
                    }
                }
                """);
        }

        [Fact]
        public void SwitchInForeach()
        {
            Verify("SwitchInForeach", """
                using System.Collections.Generic;
                using Coroutines;

                public static partial class Examples
                {
                    [Coroutine]
                    public static partial int Commands(Co<string> co, IEnumerable<string> lines)
                    {
                        int skipped = 0;
                        foreach (var line in lines)
                        {
                            switch (line.Trim())
                            {
                                case "":
                                    skipped++;
                                    continue;
                                case "stop":
                                    return skipped;
                                case var text when text.StartsWith("#"):
                                    co.Yield("comment");
                                    break;
                                default:
                                    co.Yield("run " + line);
                                    break;
                            }
                            co.Yield("ok");
                        }
                        return skipped;
                    }
                }
                """);
        }

        [Fact]
        public void TryCatchFinallyThatPause()
        {
            Verify("TryCatchFinallyThatPause", """
                using System;
                using Coroutines;

                public static partial class Examples
                {
                    [Coroutine]
                    public static partial int Guarded(Co<string> co, int limit)
                    {
                        for (int i = 0; i < limit; i++)
                        {
                            try
                            {
                                co.Yield("step " + i);
                                if (i == 2) return i;
                            }
                            catch (InvalidOperationException e) when (e.Message.Length > 0)
                            {
                                co.Yield("caught " + e.Message);
                                throw;
                            }
                            finally
                            {
                                co.Yield("cleanup " + i);
                            }
                        }
                        return -1;
                    }
                }
                """);
        }

        [Fact]
        public void SpilledExpressionsAndUsing()
        {
            Verify("SpilledExpressionsAndUsing", """
                using System;
                using System.IO;
                using Coroutines;

                public static partial class Examples
                {
                    [Coroutine]
                    public static partial string Summary(Co<string, int> co, TextWriter log)
                    {
                        using var writer = new StringWriter();
                        int total = Math.Max(co.Yield("first"), 0) + co.Yield("second");
                        bool big = total > 10 && co.Yield("confirm") == 1;
                        writer.Write($"{total} {(big ? "big" : "small")} {co.Yield("tag")}");
                        log.WriteLine(writer);
                        return writer.ToString();
                    }
                }
                """);
        }

        private static void Verify(string name, string source)
        {
            var compiled = Compiled.From(source);
            var file = Assert.Single(compiled.Run.GeneratedSources);
            Snapshot.Match(name, file.SourceText.ToString());
        }
    }
}
