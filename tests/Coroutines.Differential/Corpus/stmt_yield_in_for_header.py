# Yields in the header of a loop (C#: a for loop's condition and step, and a do-while condition; Python: the same loops written with while): each test and each step pauses.
def gen():
    i = 0
    while i < (yield f"limit at {i}?"):
        print("body", i)
        i += (yield f"step after {i}?")
    print("left for at", i)
    n = 0
    while True:
        n += 1
        print("do body", n)
        if not (yield f"repeat after {n}?"):
            break
    print("left do at", n)

g = gen()
print(next(g))
for value in [3, 2, 3, 5, 0, 1, 1, 0]:
    try:
        print(g.send(value))
    except StopIteration:
        print("stop")
        break
