# yield from hands the inner generator's values straight to the caller and evaluates to the inner generator's return
# value, which the outer generator can use and return in turn.
def inner(name):
    yield name + "1"
    yield name + "2"
    return name.upper()

def outer():
    first = yield from inner("a")
    print("inner returned", first)
    second = yield from inner("b")
    print("inner returned", second)
    return first + second

g = outer()
try:
    while True:
        print("got", next(g))
except StopIteration as e:
    print("outer returned", e.value)
