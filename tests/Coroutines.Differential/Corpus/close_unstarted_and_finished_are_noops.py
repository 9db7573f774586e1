# close() on a generator that never started runs nothing (not even its finally block) and closes it; close() on a
# generator that has already finished does nothing at all.
from inspect import getgeneratorstate

def gen(tag):
    print(tag, "body runs")
    try:
        yield tag
    finally:
        print(tag, "finally")

fresh = gen("fresh")
fresh.close()
print("fresh", getgeneratorstate(fresh))
try:
    next(fresh)
except StopIteration:
    print("fresh stop")

done = gen("done")
print(next(done))
try:
    next(done)
except StopIteration:
    print("done stop")
done.close()
print("done", getgeneratorstate(done))
