# close() on a suspended generator raises GeneratorExit at the paused yield: the finally block runs, nothing after the
# yield does, close() returns normally and the generator is closed.
from inspect import getgeneratorstate

def gen():
    try:
        print("opened")
        yield 1
        print("not reached")
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
print("closing")
g.close()
print("closed", getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("stop")
