# A yield that runs only when needed: a default asked for only when a value is missing (C#: ??), and a yield in the arm of a match on a value (C#: a switch expression) that pauses only when that arm is chosen.
def describe(n):
    return "zero" if n == 0 else ("one" if n == 1 else None)

def gen(values):
    for n in values:
        name = describe(n)
        text = name if name is not None else (yield f"name for {n}?")
        print(n, "is", text)
    for n in values:
        size = ("none" if n == 0 else
                (yield f"small {n}?") if n < 3 else
                "big")
        print(n, "size", size)

g = gen([0, 2, 1, 7])
print(next(g))
for answer in ["two", "seven", "a pair", "a single", "unused"]:
    try:
        print(g.send(answer))
    except StopIteration:
        print("stop")
        break
