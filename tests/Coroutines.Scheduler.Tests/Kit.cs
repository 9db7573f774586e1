using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Coroutines.SchedulerTests
{
    internal static class Kit
    {
        /// <summary>The line of <paramref name="marker"/> (a <c>// @name</c> comment) in the file a location points to.</summary>
        public static int LineOf(SourceLocation location, string marker)
        {
            var lines = File.ReadAllLines(location.File);
            int index = Array.FindIndex(lines, l => l.Contains("// " + marker, StringComparison.Ordinal));
            if (index < 0) throw new InvalidOperationException(marker + " not found in " + location.File);
            return index + 1;
        }

        public static string Join(this IEnumerable<string> log) => string.Join(" ", log);

        public static List<string> Failures(Scheduler scheduler)
        {
            var seen = new List<string>();
            scheduler.TaskFailed += (_, e) => seen.Add(e.Task.Name + ": " + e.Exception.Message);
            return seen;
        }
    }
}
