# A finally block that yields while the generator is being closed makes close() raise RuntimeError; the GeneratorExit
# stays pending in that finally block, so when next() lets the block finish, GeneratorExit comes out of next().
from inspect import getgeneratorstate

def gen():
    try:
        yield 1
    finally:
        print("finally starts")
        yield "from finally"
        print("finally ends")
    print("after the try")

g = gen()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("close:", type(e).__name__, e)
print(getgeneratorstate(g))
try:
    print("next gave", next(g))
except GeneratorExit as e:
    print("next:", type(e).__name__)
except StopIteration:
    print("next: StopIteration")
print(getgeneratorstate(g))
