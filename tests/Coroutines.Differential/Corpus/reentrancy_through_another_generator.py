# Reentrancy through a second generator: a's body advances b, whose body tries to advance a, still running;
# the ValueError surfaces in b's body. The other way round, advancing b first, the ValueError leaves a's body
# (a is then closed) and is what b's handler catches.
from inspect import getgeneratorstate

a = None
b = None

def gen_a():
    while True:
        print("a asks b:", next(b))
        yield "a"

def gen_b():
    while True:
        try:
            next(a)
        except ValueError as e:
            print("b sees", type(e).__name__, e)
        yield "b"

a = gen_a()
b = gen_b()
print(next(a))
print(next(a))
print(next(b))
print(getgeneratorstate(a), getgeneratorstate(b))
