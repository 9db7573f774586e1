# yield from an inner that has already finished yields nothing and evaluates to None, even if the inner had returned a value; the same for an inner closed before it started.
def inner():
    yield 1
    return "result"

def outer(g):
    r = yield from g
    print("outer got", r)
    yield 99

i = inner()
print(next(i))
try:
    next(i)
except StopIteration as e:
    print("inner returned", e.value)
print(next(outer(i)))

j = inner()
j.close()
print(next(outer(j)))
