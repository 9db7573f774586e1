using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Coroutines.SchedulerTests
{
    public class IntrospectionTests
    {
        [Fact]
        public void Tasks_lists_the_live_tasks_with_state_and_paused_location()
        {
            var log = new List<string>();
            var s = Scheduler.Virtual();
            var chatty = s.Spawn(Tasks.Chatty(log, "c", 1, 5));
            var worker = s.Spawn(Tasks.ValueAfter(1, 3));
            var joiner = s.Spawn(Tasks.Join(log, "J", worker));
            var steps = s.Spawn(Tasks.Steps(log, "S", 5), name: "stepper");
            var done = s.Spawn(Tasks.Value(1, 0));
            var fresh = s.Spawn(Tasks.Nap(1, 1));
            s.Tick();
            s.Spawn(Tasks.Nap(1, 1));

            var tasks = s.Tasks;
            Assert.Equal(new TaskHandle[] { chatty, worker, joiner, steps, fresh }, tasks.Take(5));
            Assert.Equal(6, tasks.Count);
            Assert.Equal(6, s.TaskCount);
            Assert.DoesNotContain(done, tasks);

            Assert.Equal(TaskState.Sleeping, chatty.State);
            Assert.Equal(TaskState.Joining, joiner.State);
            Assert.Equal(TaskState.Ready, steps.State);
            Assert.Null(tasks[5].Location);                 // not started

            var at = chatty.Location!.Value;
            Assert.EndsWith("Tasks.cs", at.File);
            Assert.Equal(Kit.LineOf(at, "@chatty"), at.Line);
            Assert.Equal(Kit.LineOf(at, "@join"), joiner.Location!.Value.Line);
            Assert.Equal(Kit.LineOf(at, "@steps"), steps.Location!.Value.Line);

            Assert.Equal("Chatty", chatty.Name);
            Assert.Equal("stepper", steps.Name);
            Assert.Equal(1, chatty.Id);
            Assert.Equal("#1 Chatty Sleeping at " + at, chatty.ToString());
            Assert.Equal("#3 Join Joining at " + joiner.Location, joiner.ToString());
        }

        [Fact]
        public void The_location_of_a_delegating_task_is_the_innermost_paused_frame()
        {
            var s = Scheduler.Virtual();
            var task = s.Spawn(Tasks.Delegating(1));
            s.Tick();
            var at = task.Location!.Value;
            Assert.Equal(Kit.LineOf(at, "@nap"), at.Line);
            Assert.Equal(new[] { Kit.LineOf(at, "@delegating"), Kit.LineOf(at, "@nap") }, task.Locations.Select(l => l.Line));
            s.Run();
            Assert.Null(task.Location);
            Assert.Empty(task.Locations);
            Assert.Empty(s.Tasks);
        }

        [Fact]
        public void A_generator_that_is_not_a_generated_frame_runs_as_a_task()
        {
            var s = Scheduler.Virtual();
            var inner = Tasks.ValueAfter(3, 2);
            var task = s.Spawn<int>(new Wrapper(inner));
            s.Run();
            Assert.Equal(3, task.Result);
            Assert.Equal(2, s.Now);
            Assert.Equal("Wrapper", task.Name);
        }

        /// <summary>A hand-written <see cref="IGenerator{TYield, TSend, TReturn}"/> that forwards to a generated one.</summary>
        private sealed class Wrapper : IGenerator<CoSignal, Unit, int>
        {
            private readonly Generator<CoSignal, Unit, int> inner;

            public Wrapper(Generator<CoSignal, Unit, int> inner) => this.inner = inner;

            public int Result => inner.Result;
            public CoroutineState State => inner.State;
            public CoSignal Current => inner.Current;
            object System.Collections.IEnumerator.Current => inner.Current;
            public CoSignal Next() => inner.Next();
            public CoSignal Send(Unit value) => inner.Next();          // nothing to send: Unit
            public bool TrySend(Unit value) => inner.MoveNext();
            public CoSignal Throw(Exception exception) => inner.Throw(exception);
            public bool TryThrow(Exception exception) => inner.TryThrow(exception);
            public void Close() => inner.Close();
            public bool MoveNext() => inner.MoveNext();
            public void Reset() => throw new NotSupportedException();
            public void Dispose() => inner.Dispose();
            public IEnumerator<CoSignal> GetEnumerator() => this;
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this;
        }
    }
}
