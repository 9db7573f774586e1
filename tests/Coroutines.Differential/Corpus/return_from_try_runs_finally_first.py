# A return inside a try block runs the finally block before the generator ends; the StopIteration that follows
# carries the returned value.
def gen():
    try:
        yield 1
        print("returning")
        return "value"
    finally:
        print("finally before the stop")

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
