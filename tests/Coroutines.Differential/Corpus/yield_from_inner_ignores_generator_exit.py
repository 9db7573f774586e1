# close() on an outer whose inner catches GeneratorExit and yields: the inner's close fails with RuntimeError (generator ignored GeneratorExit), which is raised in the outer at the yield from; an outer that catches it and returns ends close() quietly, and the inner stays suspended.
import inspect

def stubborn():
    try:
        yield "stubborn"
    except GeneratorExit:
        print("stubborn ignores GeneratorExit")
    yield "still here"

def outer(i):
    try:
        yield from i
    except RuntimeError as e:
        print("outer caught", type(e).__name__)
    print("outer returns")

i = stubborn()
g = outer(i)
print(next(g))
g.close()
print("close returned", inspect.getgeneratorstate(g), inspect.getgeneratorstate(i))
try:
    next(i)
except StopIteration:
    print("stubborn finished")
