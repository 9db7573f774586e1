# A generator that resumes itself, directly or through a generator it delegates to, gets ValueError (generator already executing) at that call; it may catch it and go on, and it reports itself running meanwhile.
import inspect

holder = {}

def selfish():
    print("state inside", inspect.getgeneratorstate(holder["g"]))
    try:
        next(holder["g"])
    except ValueError as e:
        print("caught", type(e).__name__)
    yield "went on"
    try:
        holder["g"].send(None)
    except ValueError as e:
        print("caught again", type(e).__name__)
    yield "still fine"

def inner():
    try:
        next(holder["outer"])
    except ValueError as e:
        print("inner caught", type(e).__name__)
    yield "inner value"

def outer():
    yield from inner()
    yield "outer value"

g = selfish()
holder["g"] = g
print(next(g))
print(next(g))
print(inspect.getgeneratorstate(g))
o = outer()
holder["outer"] = o
print(next(o))
print(next(o))
