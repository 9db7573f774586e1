# throw() into a generator that has finished raises the very exception passed in (not StopIteration) and runs
# nothing; the generator stays closed.
from inspect import getgeneratorstate

class Late(Exception):
    pass

def gen():
    try:
        yield 1
    finally:
        print("finally")

g = gen()
next(g)
try:
    next(g)
except StopIteration:
    print("finished", getgeneratorstate(g))
err = Late("too late")
try:
    g.throw(err)
except StopIteration:
    print("StopIteration")
except Late as e:
    print("caught", type(e).__name__, e, e is err)
print(getgeneratorstate(g))
