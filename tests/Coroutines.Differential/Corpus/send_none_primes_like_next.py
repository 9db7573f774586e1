# send(None) on an unstarted generator starts it exactly as next() does; later sends resume the paused yield.
from inspect import getgeneratorstate

def echo():
    print("started")
    received = yield "ready"
    while True:
        received = yield "echo " + received

g = echo()
print(g.send(None), getgeneratorstate(g))
print(g.send("a"))
print(g.send("b"))
