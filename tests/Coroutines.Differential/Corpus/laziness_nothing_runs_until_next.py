# Calling a generator function runs none of its body; each next() runs to the following yield.
def gen(n):
    print("start", n)
    for i in range(n):
        print("before", i)
        yield i
        print("after", i)
    print("end")

g = gen(2)
print("created")
print("got", next(g))
print("got", next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
