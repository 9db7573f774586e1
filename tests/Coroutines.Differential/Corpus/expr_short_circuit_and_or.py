# and/or around a yield: the right operand, with its pause, runs only when the left operand does not decide the result.
def check(label, v):
    print("check", label, v)
    return v

def gen():
    for left in [False, True]:
        a = check("and", left) and (yield f"and-right after {left}")
        print("and gives", a)
        o = check("or", left) or (yield f"or-right after {left}")
        print("or gives", o)
    b = (yield "L") and (yield "R")
    print("both", b)
    c = (yield "M") or (yield "N")
    print("either", c)

g = gen()
print(next(g))
print(g.send(True))
print(g.send(False))
print(g.send(True))
print(g.send(False))
try:
    g.send(True)
except StopIteration:
    print("stop")
