# The inner generator's return value becomes the value of the yield from expression, also when the inner returns without yielding; an inner without a return statement gives None.
def inner(n):
    for i in range(n):
        yield i
    return f"inner({n}) done"

def silent():
    yield 100

def outer():
    a = yield from inner(2)
    print("a =", a)
    b = yield from inner(0)
    print("b =", b)
    c = (yield from inner(1)) + "!"
    print("c =", c)
    d = yield from silent()
    print("d =", d)
    return [a, b, c]

g = outer()
while True:
    try:
        print("yielded", next(g))
    except StopIteration as e:
        print("stop", e.value)
        break
