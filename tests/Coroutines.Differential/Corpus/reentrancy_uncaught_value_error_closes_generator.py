# A reentrant send() that the body does not catch: the ValueError leaves the body like any exception, running its
# finally block, and the generator ends up closed.
from inspect import getgeneratorstate

g = None

def gen():
    try:
        x = yield 1
        print("received", x)
        g.send(None)
        print("not reached")
        yield 2
    finally:
        print("finally", getgeneratorstate(g))

g = gen()
next(g)
try:
    g.send("hello")
except ValueError as e:
    print("caught", type(e).__name__, e)
print(getgeneratorstate(g))
