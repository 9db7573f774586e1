# A round-robin scheduler written as plain user code (the seed's scheduler.py, extended): each task runs to its next yield and goes to the back of the queue; a task may yield a new task to start it; a finished task's return value is reported, and a failing task is reported while the others go on.
from collections import deque
import types

class Crash(Exception):
    pass

def task(name, steps):
    for i in range(1, steps + 1):
        print(f"{name}: step {i}")
        yield None
    return f"{name} finished after {steps}"

def crasher():
    print("crasher: step 1")
    yield None
    print("crasher: about to fail")
    raise Crash()

def parent():
    print("parent: starting a child")
    yield task("child", 2)
    print("parent: child started")
    yield None
    return "parent finished"

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.turns = 0
    def add(self, gen):
        self.ready.append(gen)
    def run(self):
        while self.ready:
            gen = self.ready.popleft()
            self.turns += 1
            try:
                request = next(gen)
            except StopIteration as e:
                print("done:", e.value)
                continue
            except Crash as e:
                print("failed:", type(e).__name__)
                continue
            if isinstance(request, types.GeneratorType):
                self.add(request)
            self.ready.append(gen)
        print("turns", self.turns)

sched = Scheduler()
sched.add(task("A", 3))
sched.add(crasher())
sched.add(parent())
sched.add(task("B", 1))
sched.run()
