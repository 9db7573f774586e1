# A chain of three delegations: sends reach the innermost generator, its return value travels up one level at a time, and each level adds to it before the outermost returns.
def bottom():
    a = yield "bottom wants a"
    b = yield "bottom wants b"
    return a + b

def middle():
    s = yield from bottom()
    print("middle got", s)
    c = yield "middle wants c"
    return s * c

def top():
    t = yield from middle()
    print("top got", t)
    return t + 1

g = top()
print(next(g))
print(g.send(2))
print(g.send(3))
try:
    g.send(10)
except StopIteration as e:
    print("stop", e.value)
