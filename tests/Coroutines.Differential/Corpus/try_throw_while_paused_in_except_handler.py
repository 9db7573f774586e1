# throw() while paused inside an except handler: the new exception leaves the handler (its variable still usable before the pause), the finally runs, and an outer handler for the new type catches it.
class A(Exception):
    pass

class B(Exception):
    pass

def gen(throw_in):
    try:
        try:
            raise A("first")
        except A as e:
            got = yield f"in handler for {type(e).__name__}"
            print("handler resumed with", got, "still has", str(e))
            yield "handler again"
        finally:
            print("inner finally")
    except B as e:
        print("outer caught", type(e).__name__, str(e))
    yield "end"

g = gen(True)
print(next(g))
print(g.throw(B("second")))
g.close()
g = gen(False)
print(next(g))
print(g.send("x"))
print(next(g))
