# The scheduler on a virtual clock (C#: Scheduler.Virtual, Spawn, co.Sleep, co.Yield, co.Join; Python: the same rules written with a heapq of timers): the clock jumps to the next timer when nothing is ready, timers due at the same time fire in the order they were set, a zero sleep is a yield, and a join wakes when the joined task finishes (at once when it already has).
import heapq, itertools
from collections import deque

class Task:
    def __init__(self, gen, name):
        self.gen, self.name = gen, name
        self.done, self.result, self.waiters, self.value = False, None, [], None

class Loop:
    def __init__(self):
        self.now = 0.0
        self.ready = deque()
        self.timers = []
        self.seq = itertools.count()

    def spawn(self, gen, name):
        task = Task(gen, name)
        self.ready.append(task)
        return task

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                self.now = max(self.now, self.timers[0][0])
            while self.timers and self.timers[0][0] <= self.now:
                self.ready.append(heapq.heappop(self.timers)[2])
            self.step(self.ready.popleft())

    def step(self, task):
        value, task.value = task.value, None
        while True:
            try:
                request = task.gen.send(value)
            except StopIteration as e:
                task.done, task.result = True, e.value
                for waiter in task.waiters:
                    waiter.value = e.value
                    self.ready.append(waiter)
                return
            if request[0] == "join" and request[1].done:
                value = request[1].result
                continue
            break
        if request[0] == "join":
            request[1].waiters.append(task)
        elif request[0] == "sleep" and request[1] > 0:
            heapq.heappush(self.timers, (self.now + request[1], next(self.seq), task))
        else:
            self.ready.append(task)

loop = Loop()

def stamp():
    return f"[{loop.now:.2f}]"

def worker(name, delays):
    for d in delays:
        print(stamp(), name, "sleeps", d)
        yield ("sleep", d)
    print(stamp(), name, "done")
    return name.lower()

def polite(name):
    for i in range(2):
        print(stamp(), name, "yields", i)
        yield ("yield",)
    print(stamp(), name, "sleeps 0")
    yield ("sleep", 0.0)
    print(stamp(), name, "sleeps", 1.0)
    yield ("sleep", 1.0)
    print(stamp(), name, "done")
    return name.lower()

def boss(a, b):
    e = loop.spawn(worker("E", [0.5]), "E")
    print(stamp(), "boss spawned E, joins A")
    ra = yield ("join", a)
    print(stamp(), "boss got", ra, "from A")
    re = yield ("join", e)
    rb = yield ("join", b)
    print(stamp(), "boss got", re, "and", rb, "at once")
    return ra + re + rb

a = loop.spawn(worker("A", [0.5, 0.25, 0.25]), "A")
b = loop.spawn(worker("B", [0.25, 0.75]), "B")
c = loop.spawn(polite("C"), "C")
d = loop.spawn(boss(a, b), "D")
loop.run()
print(stamp(), "results", a.result, b.result, c.result, d.result)
