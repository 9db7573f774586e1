# A generator is GEN_CREATED until the first next(), GEN_SUSPENDED while paused at a yield, and GEN_CLOSED once the
# body has run to its end.
from inspect import getgeneratorstate

def gen():
    yield "a"
    yield "b"

g = gen()
print(getgeneratorstate(g))
print(next(g), getgeneratorstate(g))
print(next(g), getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("stop", getgeneratorstate(g))
