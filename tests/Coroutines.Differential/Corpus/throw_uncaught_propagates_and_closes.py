# An exception thrown in that the body does not catch runs the finally blocks on its way out, comes out of throw()
# itself, and leaves the generator closed.
from inspect import getgeneratorstate

class Boom(Exception):
    pass

def gen():
    try:
        yield 1
        print("not reached")
        yield 2
    except KeyError:
        print("wrong handler")
    finally:
        print("finally")

g = gen()
print(next(g))
err = Boom("bang")
try:
    g.throw(err)
except Boom as e:
    print("caught", type(e).__name__, e, e is err)
print(getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("stop")
