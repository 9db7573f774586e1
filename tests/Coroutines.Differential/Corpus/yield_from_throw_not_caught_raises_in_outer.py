# An exception thrown into the outer that the inner does not handle ends the inner (its finally runs first) and is raised in the outer at the yield from, the same object; uncaught there too, it reaches the caller.
import inspect

class Boom(Exception):
    pass

def inner(name):
    try:
        yield f"{name} 1"
        yield f"{name} 2"
    finally:
        print(name, "finally")

def outer(first, second):
    try:
        yield from first
    except Boom as e:
        print("outer caught", type(e).__name__, e is sent)
        yield "recovered"
    yield from second
    print("not reached")

first, second = inner("first"), inner("second")
g = outer(first, second)
print(next(g))
sent = Boom()
print(g.throw(sent))
print(inspect.getgeneratorstate(first))
print(next(g))
try:
    g.throw(Boom())
except Boom as e:
    print("caller caught", type(e).__name__)
print(inspect.getgeneratorstate(second), inspect.getgeneratorstate(g))
