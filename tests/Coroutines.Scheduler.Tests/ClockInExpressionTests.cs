using System.Collections.Generic;
using Xunit;

namespace Coroutines.SchedulerTests
{
    public class ClockInExpressionTests
    {
        [Fact]
        public void Now_formats_inside_an_interpolation_hole()
        {
            var log = new List<string>();
            var scheduler = Scheduler.Virtual();
            scheduler.Spawn(Tasks.ChattyAsDesigned(log, "A", 3, 0.5));
            scheduler.Run();
            Assert.Equal(new[] { "[0.00] A step 0", "[0.50] A step 1", "[1.00] A step 2" }, log);
        }
    }
}
