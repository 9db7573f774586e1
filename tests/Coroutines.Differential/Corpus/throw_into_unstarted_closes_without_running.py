# throw() into a generator that has not started raises the exception at once, without running any of the body (its
# finally block included), and leaves the generator closed.
from inspect import getgeneratorstate

class Boom(Exception):
    pass

def gen():
    print("body runs")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
err = Boom()
try:
    g.throw(err)
except Boom as e:
    print("caught", type(e).__name__, e is err)
print(getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("stop")
