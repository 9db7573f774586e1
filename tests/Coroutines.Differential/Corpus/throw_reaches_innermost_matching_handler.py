# The thrown exception starts at the paused yield and unwinds like any raise: it passes handlers that do not match
# (running their finally blocks, innermost first) and lands in the nearest handler that does.
def gen():
    try:
        try:
            try:
                yield "deep"
            except KeyError:
                print("inner handler")
            finally:
                print("inner finally")
        finally:
            print("middle finally")
    except ValueError as e:
        print("outer handler", e)
    yield "after"

g = gen()
print(next(g))
print(g.throw(ValueError("v")))
