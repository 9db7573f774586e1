# A body that yields again after catching GeneratorExit makes close() raise RuntimeError("generator ignored
# GeneratorExit"); the generator stays suspended at that new yield and can still be resumed.
from inspect import getgeneratorstate

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
        yield 2
    print("resumed after the ignored exit")

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("caught", type(e).__name__, e)
print(getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("stop", getgeneratorstate(g))
