# A yield inside an array initializer of a local declaration (Python: a list literal): the elements are built left to right around the pause.
def gen():
    ys = [10, (yield "first"), 30, (yield "second")]
    print(ys)

g = gen()
print(next(g))
print(g.send(20))
try:
    g.send(40)
except StopIteration:
    print("stop")
