# PEP 479: calling next() on an exhausted generator inside the body raises StopIteration there, which leaves the
# outer generator as RuntimeError rather than ending it.
def inner():
    yield "a"
    yield "b"

def outer():
    it = inner()
    while True:
        value = next(it)
        print("forwarding", value)
        yield value.upper()

g = outer()
print(next(g))
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("caught", type(e).__name__, e, type(e.__cause__).__name__)
