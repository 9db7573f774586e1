# Once a generator is exhausted, every further next() raises StopIteration again at once, running nothing of the body;
# a generator without a return value gives None each time.
from inspect import getgeneratorstate

def gen():
    print("body runs")
    yield "only"
    print("body ends")

g = gen()
print(next(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("attempt", attempt, "StopIteration", e.value, getgeneratorstate(g))
