# Yields in an index and in a call's receiver and argument: the collection is read before the pause, the index sent is used after it, and a method is called on a value that was sent.
def gen(items, table):
    a = items[(yield "index?")]
    print("a", a)
    b = table[(yield "key?")] + items[(yield "another index?")]
    print("b", b)
    c = (yield "text?").upper().replace("O", (yield "replacement?"))
    print("c", c)
    return len((yield "last?"))

g = gen([10, 20, 30], {"x": 1, "y": 2})
print(next(g))
print(g.send(2))
print(g.send("y"))
print(g.send(0))
print(g.send("foo"))
print(g.send("0"))
try:
    g.send("four")
except StopIteration as e:
    print("stop", e.value)
