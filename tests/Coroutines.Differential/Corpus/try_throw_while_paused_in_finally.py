# throw() while paused inside a finally block: the exception thrown in replaces the one the finally was running for, and the rest of the finally is skipped.
import inspect

class A(Exception):
    pass

class B(Exception):
    pass

def gen(fail):
    try:
        try:
            yield "body"
            if fail:
                raise A()
        finally:
            print("finally starts")
            yield "in finally"
            print("finally ends")
    except A:
        print("caught A")
    except B:
        print("caught B")
    yield "after"

for fail in [True, False]:
    g = gen(fail)
    print(next(g))
    print(next(g))
    print(g.throw(B()))
    g.close()

g = gen(True)
next(g)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("caller caught", type(e).__name__)
print(inspect.getgeneratorstate(g))
