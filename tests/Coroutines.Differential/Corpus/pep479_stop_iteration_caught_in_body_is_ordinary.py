# A StopIteration that the body catches itself is an ordinary exception: the body can turn the inner generator's end
# into its own return, which the caller sees as a normal StopIteration with the value.
def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    it = inner()
    total = 0
    while True:
        try:
            value = next(it)
        except StopIteration as e:
            print("inner returned", e.value)
            return total
        total += value
        yield total

g = outer()
print(next(g))
print(next(g))
try:
    next(g)
except RuntimeError:
    print("RuntimeError")
except StopIteration as e:
    print("outer returned", e.value)
