# A return value travels up a delegation chain and ends as the StopIteration value of the outermost generator; a StopIteration raised inside an inner generator becomes RuntimeError (PEP 479), raised in the outer at the yield from.
def returns_at_once():
    return 5
    yield

def leaks():
    yield "leaks 1"
    raise StopIteration("leak")

def middle():
    v = yield from returns_at_once()
    print("v", v)
    try:
        yield from leaks()
    except RuntimeError as e:
        print("middle caught", type(e).__name__, "from", type(e.__cause__).__name__)
    return v * 2

def top():
    r = yield from middle()
    print("top got", r)
    return r + 1

g = top()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
