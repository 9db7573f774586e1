# Yields as operands of arithmetic and comparisons: operands left of the pause are computed before it, operands right of it after the resume.
def trace(label, v):
    print("eval", label)
    return v

def gen():
    x = trace("a", 1) + (yield "p") * trace("b", 10)
    print("x", x)
    y = (yield "q") - (yield "r")
    print("y", y)
    x += (yield "s")
    print("x", x)
    z = (yield "t") // 3 % 4
    print("z", z)
    ok = trace("c", 5) < (yield "u")
    print("ok", ok)
    return x + y + z

g = gen()
print(next(g))
print(g.send(7))
print(g.send(50))
print(g.send(8))
print(g.send(100))
print(g.send(40))
try:
    g.send(6)
except StopIteration as e:
    print("stop", e.value)
