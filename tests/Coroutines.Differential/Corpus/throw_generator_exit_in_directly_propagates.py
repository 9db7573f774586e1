# Throwing GeneratorExit in with throw() is not close(): the finally blocks run the same way, but an uncaught
# GeneratorExit comes out of throw() instead of being swallowed; the generator is closed.
from inspect import getgeneratorstate

def gen():
    try:
        yield 1
    finally:
        print("finally")

g = gen()
next(g)
try:
    g.throw(GeneratorExit())
    print("swallowed")
except GeneratorExit as e:
    print("caught", type(e).__name__)
print(getgeneratorstate(g))
