# send() on the outer generator reaches the inner's paused yield, and what the inner yields comes back out of the outer's send(); next() sends None.
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def outer():
    results = []
    while len(results) < 2:
        r = yield from accumulate()
        print("sub total", r)
        results.append(r)
    return results

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(next(g))
print(g.send(5))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
