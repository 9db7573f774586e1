# yield from a plain sequence (C#: an IEnumerable): its items pass through one by one, next() and send(None) advance it, and close() while delegating to an iterator that has a finally runs that finally, then raises GeneratorExit in the outer.
def numbers():
    try:
        yield 7
        yield 8
    finally:
        print("numbers finally")

def outer():
    yield from [1, 2, 3]
    print("list done")
    yield from range(10, 13)
    print("range done")
    yield from (x * x for x in [4, 5])
    print("squares done")
    try:
        yield from numbers()
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise

g = outer()
print(next(g))
print(g.send(None))
for _ in range(6):
    print(next(g))
print(g.send(None))
g.close()
print("closed")
