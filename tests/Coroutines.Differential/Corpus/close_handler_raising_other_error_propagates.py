# A GeneratorExit handler that raises another exception: close() raises that exception (it is not swallowed like
# GeneratorExit) and the generator is closed.
from inspect import getgeneratorstate

def gen():
    try:
        yield 1
    except GeneratorExit:
        print("exit caught, failing")
        raise KeyError("during close")
    finally:
        print("finally")

g = gen()
next(g)
try:
    g.close()
    print("close returned")
except KeyError as e:
    print("caught", type(e).__name__)
print(getgeneratorstate(g))
