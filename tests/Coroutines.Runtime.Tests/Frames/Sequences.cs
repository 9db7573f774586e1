using System.Collections.Generic;

namespace Coroutines.Runtime.Tests.Frames
{
    public static class Sequences
    {
        /// <summary>A plain C# iterator that records when its enumerator is disposed.</summary>
        public static IEnumerable<int> Tracked(List<string> log, params int[] items)
        {
            try
            {
                foreach (var item in items) yield return item;
                log.Add("sequence ended");
            }
            finally
            {
                log.Add("sequence disposed");
            }
        }
    }
}
