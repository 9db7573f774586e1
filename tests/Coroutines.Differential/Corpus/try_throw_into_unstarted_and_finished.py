# throw() into a generator that has not started raises at once without running any of the body (not even its finally) and closes it; throw() into a finished generator re-raises the exception; send() into a finished one raises StopIteration.
import inspect

class E(Exception):
    pass

def gen():
    print("body starts")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
try:
    g.throw(E("early"))
except E as e:
    print("caught", type(e).__name__, str(e))
print(inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("next: StopIteration")

h = gen()
print(next(h))
try:
    next(h)
except StopIteration:
    print("finished")
try:
    h.throw(E("late"))
except E as e:
    print("caught", type(e).__name__, str(e))
try:
    h.send(5)
except StopIteration:
    print("send: StopIteration")
