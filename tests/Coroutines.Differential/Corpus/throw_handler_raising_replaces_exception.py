# A handler inside the body that raises a different exception while handling the thrown one: throw() raises the new
# exception and the generator is closed.
from inspect import getgeneratorstate

def gen():
    try:
        yield 1
    except ValueError:
        print("translating")
        raise KeyError("k")

g = gen()
next(g)
try:
    g.throw(ValueError("v"))
except KeyError as e:
    print("caught", type(e).__name__)
except ValueError:
    print("caught the original")
print(getgeneratorstate(g))
