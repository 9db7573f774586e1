# A chain of 300 nested delegations: every value and every send passes through all the levels, and the return values add up on the way out.
def chain(depth):
    if depth == 0:
        got = yield "bottom"
        return got
    below = yield from chain(depth - 1)
    if depth % 100 == 0:
        print("level", depth, "got", below)
    return below + depth

g = chain(300)
print(next(g))
try:
    g.send(1000)
except StopIteration as e:
    print("total", e.value)
