# While a delegating generator runs its inner generator through yield from, both count as running: the inner body
# sees GEN_RUNNING for itself and for the outer one, and advancing the outer one from there raises ValueError.
from inspect import getgeneratorstate

outer_gen = None
inner_gen = None

def inner():
    print("inner sees outer", getgeneratorstate(outer_gen), "and itself", getgeneratorstate(inner_gen))
    try:
        next(outer_gen)
    except ValueError as e:
        print("inner:", type(e).__name__, e)
    yield "from inner"
    return "inner result"

def outer():
    result = yield from inner_gen
    print("outer got", result)
    yield "from outer"

inner_gen = inner()
outer_gen = outer()
print(next(outer_gen))
print("between steps", getgeneratorstate(outer_gen), getgeneratorstate(inner_gen))
try:
    next(inner_gen)
except StopIteration:
    print("inner finished directly")
print(next(outer_gen))
