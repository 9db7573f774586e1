# PEP 479: a StopIteration raised inside the body does not end the generator quietly; it comes out of next() as
# RuntimeError("generator raised StopIteration") with the StopIteration as its cause, after the finally blocks ran.
from inspect import getgeneratorstate

def gen():
    try:
        yield 1
        print("raising StopIteration")
        raise StopIteration(7)
    finally:
        print("finally")

g = gen()
print(next(g))
try:
    next(g)
except StopIteration:
    print("quiet stop")
except RuntimeError as e:
    print("caught", type(e).__name__, e)
    print("cause", type(e.__cause__).__name__, e.__cause__.value)
print(getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("stop")
