# A yield in a loop condition: every test of the condition pauses, and the value sent decides whether the loop goes on.
def gen():
    n = 0
    while (yield f"again? {n}"):
        n += 1
        print("body", n)
    print("left first loop", n)
    while n < (yield f"limit for {n}?"):
        n += 2
    print("left second loop", n)
    return n

g = gen()
print(next(g))
print(g.send(1))
print(g.send(1))
print(g.send(0))
print(g.send(5))
print(g.send(5))
try:
    g.send(5)
except StopIteration as e:
    print("stop", e.value)
