# Sending a value other than None to a generator that has not started raises TypeError, runs none of the body and
# leaves the generator unstarted: next() still starts it afterwards.
from inspect import getgeneratorstate

def gen():
    print("body runs")
    x = yield 1
    print("received", x)
    yield 2

g = gen()
try:
    g.send(5)
except TypeError as e:
    print("caught", type(e).__name__)
print(getgeneratorstate(g))
print(next(g))
print(g.send(5))
