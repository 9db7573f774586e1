# A for loop over a list (C#: foreach) that pauses in its body: iteration resumes at the next element, continue skips one, break after a pause ends the loop.
def gen(words):
    count = 0
    for w in words:
        if w == "stop":
            yield "saw stop"
            break
        if w.startswith("#"):
            continue
        got = yield w.upper()
        count += got
        print("counted", w, count)
    print("count", count)
    return count

g = gen(["a", "#b", "c", "stop", "d"])
print(next(g))
print(g.send(2))
print(g.send(3))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
