# Sent values accumulate until None is sent; then the body returns the total, which arrives as StopIteration.value
# of that send().
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

g = accumulate()
print(next(g))
for v in [1, 0, 5, -2]:
    print("sent", v, "running", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("total", e.value)
