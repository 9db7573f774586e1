# A send() that makes the body finish raises StopIteration with the return value; sending to the closed generator
# afterwards raises StopIteration again and runs nothing.
from inspect import getgeneratorstate

def collector(limit):
    items = []
    while len(items) < limit:
        item = yield len(items)
        print("collected", item)
        items.append(item)
    return items

g = collector(2)
print(next(g))
print(g.send("x"))
try:
    g.send("y")
except StopIteration as e:
    print("returned", e.value, getgeneratorstate(g))
try:
    g.send("z")
except StopIteration:
    print("stop again", getgeneratorstate(g))
