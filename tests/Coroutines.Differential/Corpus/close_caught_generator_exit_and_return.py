# A body may catch GeneratorExit and return (here with a value): close() then completes without an error, the
# handler and the finally block run, and the generator is closed.
from inspect import getgeneratorstate

def gen():
    count = 0
    try:
        while True:
            yield count
            count += 1
    except GeneratorExit:
        print("exit caught at", count)
        return count
    finally:
        print("finally")

g = gen()
next(g)
next(g)
g.close()
print("after close", getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("stop")
