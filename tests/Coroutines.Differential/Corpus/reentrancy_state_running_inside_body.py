# Seen from inside its own body, through a reference to itself, a generator is GEN_RUNNING; seen from outside between
# steps it is GEN_SUSPENDED.
from inspect import getgeneratorstate

me = None

def gen():
    print("inside, first step", getgeneratorstate(me))
    yield 1
    print("inside, second step", getgeneratorstate(me))
    yield 2

me = gen()
print("outside", getgeneratorstate(me))
next(me)
print("outside", getgeneratorstate(me))
next(me)
print("outside", getgeneratorstate(me))
