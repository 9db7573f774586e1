# An exception thrown in is raised at the paused yield; when the body catches it and reaches another yield, throw()
# returns that yielded value and the generator goes on.
from inspect import getgeneratorstate

def gen():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("handled", type(e).__name__, e)
            n = -n
        n += 1

g = gen()
print(next(g))
print(next(g))
print(g.throw(ValueError("reset")))
print(getgeneratorstate(g))
print(next(g))
print(g.throw(ValueError("again")))
