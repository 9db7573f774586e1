# throw() and close() on a generator from inside its own running body are refused with ValueError("generator already
# executing") too; they change nothing, and the body carries on to its next yield.
from inspect import getgeneratorstate

g = None

def gen():
    try:
        g.throw(KeyError("k"))
    except ValueError as e:
        print("throw:", type(e).__name__, e)
    try:
        g.close()
    except ValueError as e:
        print("close:", type(e).__name__, e)
    print("still", getgeneratorstate(g))
    yield "alive"
    yield "still alive"

g = gen()
print(next(g))
print(next(g))
