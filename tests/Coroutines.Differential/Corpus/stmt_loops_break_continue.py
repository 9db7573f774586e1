# Yields inside while and for loops: continue after a pause skips the rest of the turn, break after a pause leaves the loop.
def gen():
    i = 0
    while True:
        i += 1
        if i % 2 == 0:
            yield f"even {i}"
            continue
        if i > 5:
            yield f"leaving at {i}"
            break
        yield f"odd {i}"
    print("after while", i)
    for j in range(10):
        got = yield f"for {j}"
        if got == "skip":
            continue
        if got == "stop":
            break
        print("for body", j, got)
    print("after for", j)

g = gen()
for _ in range(8):
    print(next(g))
print(g.send("go"))
print(g.send("skip"))
print(g.send("go"))
try:
    g.send("stop")
except StopIteration:
    print("stop")
