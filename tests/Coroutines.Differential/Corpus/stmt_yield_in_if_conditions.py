# A yield in an if condition: the value sent picks the branch, and the conditions of an elif chain pause only until one holds.
def gen():
    for round in range(3):
        if (yield f"first? {round}"):
            print("then", round)
            yield "in then"
        elif (yield f"second? {round}"):
            print("elif", round)
        else:
            print("else", round)
            yield "in else"
    return "end"

g = gen()
print(next(g))
print(g.send(True))
print(next(g))
print(g.send(False))
print(g.send(True))
print(g.send(False))
print(g.send(False))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
