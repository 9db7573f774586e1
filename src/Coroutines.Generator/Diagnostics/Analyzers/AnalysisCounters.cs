using System.Threading;

namespace Coroutines.Generator.Diagnostics.Analyzers
{
    /// <summary>
    /// How much the analyzers did, process-wide: tests read these to check that code without coroutines costs nothing.
    /// </summary>
    internal static class AnalysisCounters
    {
        private static int sendBlocks;
        private static int coroutineBodies;
        private static int graphs;

        /// <summary>Methods the send analyzers registered an operation action for (their text names Send or TrySend).</summary>
        public static int SendBlocks => Volatile.Read(ref sendBlocks);

        /// <summary>[Coroutine] bodies the body analyzer registered operation actions for.</summary>
        public static int CoroutineBodies => Volatile.Read(ref coroutineBodies);

        /// <summary>Control-flow graphs the priming analysis ran over.</summary>
        public static int Graphs => Volatile.Read(ref graphs);

        public static void CountSendBlock() => Interlocked.Increment(ref sendBlocks);

        public static void CountCoroutineBody() => Interlocked.Increment(ref coroutineBodies);

        public static void CountGraph() => Interlocked.Increment(ref graphs);
    }
}
