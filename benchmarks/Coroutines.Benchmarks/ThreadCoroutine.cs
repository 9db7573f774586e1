using System;
using System.Threading;

namespace Coroutines.Benchmarks
{
    /// <summary>
    /// A generator on its own thread, handing values over with a pair of semaphores (ping-pong): what a coroutine
    /// costs without compiler support. The producer counts 0, 1, 2, ... for as long as it is asked.
    /// </summary>
    public sealed class ThreadCoroutine : IDisposable
    {
        private readonly SemaphoreSlim request = new SemaphoreSlim(0);
        private readonly SemaphoreSlim response = new SemaphoreSlim(0);
        private readonly Thread thread;
        private volatile bool stopping;
        private int current;

        public ThreadCoroutine()
        {
            thread = new Thread(Produce) { IsBackground = true, Name = "ThreadCoroutine" };
            thread.Start();
        }

        /// <summary>Wakes the producer and waits for its next value.</summary>
        public int Next()
        {
            request.Release();
            response.Wait();
            return current;
        }

        private void Produce()
        {
            int i = 0;
            while (true)
            {
                request.Wait();
                if (stopping) return;
                current = i++;
                response.Release();
            }
        }

        public void Dispose()
        {
            stopping = true;
            request.Release();
            thread.Join();
            request.Dispose();
            response.Dispose();
        }
    }
}
