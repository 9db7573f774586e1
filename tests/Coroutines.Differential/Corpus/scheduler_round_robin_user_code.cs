// A round-robin scheduler written as plain user code (the seed's scheduler.py, extended): each task runs to its next yield and goes to the back of the queue; a task may yield a new task to start it; a finished task's return value is reported, and a failing task is reported while the others go on.
using System.Collections.Generic;
using Coroutines;

class Crash : PyException { }

sealed class RoundRobin
{
    private readonly Queue<IGenerator<object?, Unit>> ready = new();
    private int turns;

    public void Add(IGenerator<object?, Unit> gen) => ready.Enqueue(gen);

    public void Run()
    {
        while (ready.Count > 0)
        {
            var gen = ready.Dequeue();
            turns += 1;
            object? request;
            try
            {
                request = gen.Next();
            }
            catch (StopIterationException e)
            {
                Py.Print("done:", e.Value);
                continue;
            }
            catch (Crash e)
            {
                Py.Print("failed:", Py.Name(e));
                continue;
            }
            if (request is IGenerator<object?, Unit> child)
                Add(child);
            ready.Enqueue(gen);
        }
        Py.Print("turns", turns);
    }
}

public static partial class Program
{
    [Coroutine]
    private static partial string Task(Co<object?> co, string name, int steps)
    {
        for (int i = 1; i <= steps; i++)
        {
            Py.Print($"{name}: step {i}");
            co.Yield(null);
        }
        return $"{name} finished after {steps}";
    }

    [Coroutine]
    private static partial void Crasher(Co<object?> co)
    {
        Py.Print("crasher: step 1");
        co.Yield(null);
        Py.Print("crasher: about to fail");
        throw new Crash();
    }

    [Coroutine]
    private static partial string Parent(Co<object?> co)
    {
        Py.Print("parent: starting a child");
        co.Yield(Task("child", 2));
        Py.Print("parent: child started");
        co.Yield(null);
        return "parent finished";
    }

    public static void Main()
    {
        var sched = new RoundRobin();
        sched.Add(Task("A", 3));
        sched.Add(Crasher());
        sched.Add(Parent());
        sched.Add(Task("B", 1));
        sched.Run();
    }
}
