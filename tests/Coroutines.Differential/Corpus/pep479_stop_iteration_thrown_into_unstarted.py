# A StopIteration thrown into a generator that has not started: the body does not run, the generator is closed, and
# PEP 479 still applies, so throw() raises RuntimeError with the StopIteration as its cause.
from inspect import getgeneratorstate

def gen():
    print("body runs")
    yield 1

g = gen()
try:
    g.throw(StopIteration(3))
except StopIteration:
    print("quiet stop")
except RuntimeError as e:
    print("caught", type(e).__name__, e, type(e.__cause__).__name__)
print(getgeneratorstate(g))
