# Yields as call arguments: arguments are evaluated left to right, each pause hands out a value, and the value sent becomes the argument.
def trace(label, v):
    print("eval", label)
    return v

def show(*args):
    print("show", *args)
    return sum(args)

def gen():
    r = show((yield "a"), trace("ten", 10), (yield "b"))
    print("r", r)
    r2 = show(abs((yield "c")), (yield "d") * 2)
    print("r2", r2)
    yield f"{r + r2}"

g = gen()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(-3))
print(g.send(4))
g.close()
