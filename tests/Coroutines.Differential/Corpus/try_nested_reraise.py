# A handler that re-raises (raise; C#: throw;) after pausing passes the same exception object outward, after the inner finally has run and paused too.
class E(Exception):
    pass

first = None

def gen():
    global first
    try:
        try:
            yield "inner try"
            first = E("boom")
            raise first
        except E as e:
            print("inner caught", str(e))
            yield "inner handler"
            raise
        finally:
            print("inner finally")
            yield "inner finally"
    except E as e:
        print("outer caught", str(e), e is first)
        yield "outer handler"
    try:
        yield "waiting for a throw"
    except E:
        print("re-raising what was thrown in")
        yield "before re-raise"
        raise

thrown = E("from outside")
g = gen()
print(next(g))
print(next(g))
print(next(g))
print(next(g))
print(next(g))
print(g.throw(thrown))
try:
    next(g)
except E as e:
    print("caller caught", str(e), e is thrown)
