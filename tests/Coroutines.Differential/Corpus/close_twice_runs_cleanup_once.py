# Closing an already closed generator is a no-op: the cleanup ran on the first close() and does not run again.
from inspect import getgeneratorstate

def gen():
    try:
        yield 1
    finally:
        print("cleanup")

g = gen()
next(g)
g.close()
print("first close", getgeneratorstate(g))
g.close()
print("second close", getgeneratorstate(g))
