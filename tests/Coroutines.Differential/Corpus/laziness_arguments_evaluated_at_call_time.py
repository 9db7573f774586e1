# Argument expressions are evaluated when the generator function is called, before any of the body runs;
# the body itself waits for the first next().
def arg(name, value):
    print("evaluate", name)
    return value

def gen(a, b):
    print("body starts", a, b)
    yield a + b
    print("body ends")

print("before call")
g = gen(arg("a", 1), arg("b", 2))
print("after call")
print("got", next(g))
try:
    next(g)
except StopIteration:
    print("stop")
