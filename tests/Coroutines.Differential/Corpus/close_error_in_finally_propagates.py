# An exception raised by a finally block while the generator is being closed replaces GeneratorExit and comes out of
# close(); the generator is closed all the same.
from inspect import getgeneratorstate

def gen():
    try:
        yield 1
    finally:
        print("cleanup fails")
        raise ValueError("cleanup failed")

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("caught", type(e).__name__, e)
print(getgeneratorstate(g))
