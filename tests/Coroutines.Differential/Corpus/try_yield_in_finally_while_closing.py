# A finally that pauses while close() unwinds the generator: close() raises RuntimeError (generator ignored GeneratorExit), the generator stays suspended in the finally, and resuming it finishes the finally and lets the GeneratorExit out.
import inspect

def gen():
    try:
        yield "body"
    finally:
        print("finally starts")
        yield "paused in finally"
        print("finally ends")

g = gen()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("close raised", type(e).__name__)
print(inspect.getgeneratorstate(g))
try:
    next(g)
except GeneratorExit as e:
    print("next raised", type(e).__name__)
print(inspect.getgeneratorstate(g))
