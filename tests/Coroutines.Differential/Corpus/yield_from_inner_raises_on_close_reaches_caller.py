# close() on an outer whose inner raises another exception while closing: that exception unwinds the outer (its finally runs) and comes out of close(); both end closed.
import inspect

class Oops(Exception):
    pass

def inner():
    try:
        yield "inner"
    finally:
        print("inner finally raises Oops")
        raise Oops("while closing")

def outer(i):
    try:
        yield from i
    finally:
        print("outer finally")

i = inner()
g = outer(i)
print(next(g))
try:
    g.close()
except Oops as e:
    print("close raised", type(e).__name__, str(e))
print(inspect.getgeneratorstate(g), inspect.getgeneratorstate(i))
