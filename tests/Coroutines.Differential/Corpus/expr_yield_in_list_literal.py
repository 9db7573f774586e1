# Yields inside list literals (C#: collection initializers, array initializers, collection expressions): the elements are built left to right around each pause.
def gen():
    xs = [1, (yield "first"), 3, (yield "second")]
    print(xs)
    nested = [[(yield "inner")], [len(xs), (yield "last")]]
    print(nested)
    ys = [10, (yield "array")]
    print(ys)
    return xs + ys

g = gen()
print(next(g))
print(g.send(2))
print(g.send(4))
print(g.send(5))
print(g.send(6))
try:
    g.send(20)
except StopIteration as e:
    print("stop", e.value)
