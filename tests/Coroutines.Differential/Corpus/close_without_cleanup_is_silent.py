# Closing a suspended generator that has no handler or finally block just ends it: nothing runs, nothing is raised,
# and sending to it afterwards raises StopIteration.
from inspect import getgeneratorstate

def gen():
    x = yield 1
    print("resumed", x)
    yield 2

g = gen()
print(next(g))
g.close()
print(getgeneratorstate(g))
try:
    g.send("late")
except StopIteration:
    print("stop")
