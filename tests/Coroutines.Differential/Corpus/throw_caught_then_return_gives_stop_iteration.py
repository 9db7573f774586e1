# When the body catches the thrown exception and then returns, throw() raises StopIteration carrying the return
# value, and the generator is closed.
from inspect import getgeneratorstate

class Cancel(Exception):
    pass

def worker():
    done = 0
    try:
        while True:
            yield done
            done += 1
    except Cancel:
        print("cancelled after", done)
        return "partial " + str(done)

g = worker()
next(g)
next(g)
next(g)
try:
    g.throw(Cancel())
except StopIteration as e:
    print("stop", e.value, getgeneratorstate(g))
