# A conditional expression around yields: only the chosen branch pauses, and a yield in the condition picks the branch after its resume.
def gen():
    for flag in [True, False]:
        v = (yield f"then {flag}") if flag else (yield f"else {flag}")
        print("got", v)
    w = "big" if (yield "size?") > 10 else "small"
    print(w)
    u = (yield "x?") if (yield "which?") else -1
    print("u", u)
    u = (yield "x?") if (yield "which?") else -1
    print("u", u)

g = gen()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(50))
print(g.send(0))
print(g.send(1))
try:
    g.send(9)
except StopIteration:
    print("stop")
