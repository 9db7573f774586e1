# A bare return, or running off the end of the body, ends the generator with StopIteration whose value is None; a
# return in the middle of a loop skips the rest of the body.
def gen(stop_at):
    for i in range(5):
        if i == stop_at:
            print("returning early at", i)
            return
        yield i
    print("ran off the end")

for stop_at in [2, 10]:
    g = gen(stop_at)
    values = []
    try:
        while True:
            values.append(next(g))
    except StopIteration as e:
        print(values, "value", e.value)
