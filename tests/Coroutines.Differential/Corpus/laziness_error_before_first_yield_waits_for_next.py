# An exception the body raises before its first yield comes out of the first next(), not out of the call; the
# generator is then closed and further next() calls raise StopIteration.
from inspect import getgeneratorstate

def gen(n):
    print("checking", n)
    if n < 0:
        raise ValueError("negative")
    yield n

g = gen(-1)
print("created", getgeneratorstate(g))
try:
    next(g)
except ValueError as e:
    print("caught", type(e).__name__, e)
print(getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("stop")
