# Pauses in a try body, in an except handler and in a finally block, on the normal path and on the path of an exception.
class Oops(Exception):
    pass

def gen(fail):
    try:
        yield "try 1"
        if fail:
            raise Oops()
        yield "try 2"
    except Oops as e:
        yield f"except {type(e).__name__}"
        print("handled")
    finally:
        yield "finally 1"
        print("finally done")
    yield "after"

for fail in [False, True]:
    print("--", fail)
    for v in gen(fail):
        print(v)
