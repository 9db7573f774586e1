# PEP 479 also covers a StopIteration thrown in with throw() at the paused yield: if the body lets it escape, throw()
# raises RuntimeError, not StopIteration.
from inspect import getgeneratorstate

def gen():
    try:
        yield 1
    finally:
        print("finally")

g = gen()
next(g)
try:
    g.throw(StopIteration(3))
except StopIteration:
    print("quiet stop")
except RuntimeError as e:
    print("caught", type(e).__name__, e)
print(getgeneratorstate(g))
