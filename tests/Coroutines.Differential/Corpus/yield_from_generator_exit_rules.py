# PEP 380 on close: the inner is closed first; if that raises, the exception is raised in the outer at the yield from, otherwise GeneratorExit is, even when the inner caught it and returned a value; throw(GeneratorExit) into the outer closes the inner the same way.
import inspect

class Oops(Exception):
    pass

def returns_on_exit():
    try:
        yield "a"
    except GeneratorExit:
        print("inner caught GeneratorExit, returns a value")
        return "ignored value"

def raises_on_exit():
    try:
        yield "b"
    except GeneratorExit:
        print("inner raises Oops instead")
        raise Oops()

def outer(inner):
    try:
        r = yield from inner
        print("outer got", r)
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise
    except Oops:
        print("outer sees Oops and returns")

def keeps_going(inner):
    try:
        yield from inner
    except GeneratorExit:
        print("keeps_going caught GeneratorExit")
        yield "keeps going"

i = returns_on_exit()
g = outer(i)
print(next(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorstate(i))

g = outer(raises_on_exit())
print(next(g))
g.close()
print("close returned quietly", inspect.getgeneratorstate(g))

i = returns_on_exit()
g = keeps_going(i)
print(next(g))
print(g.throw(GeneratorExit()))
print(inspect.getgeneratorstate(i))
g.close()
print(inspect.getgeneratorstate(g))
