# break, continue and return that leave a try with a finally: the finally runs, and may pause, before control goes where the jump leads; a return's value survives the pause.
def gen():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield f"body {i}"
        finally:
            print("finally runs", i)
            yield f"finally {i}"
    print("after loop", i)
    try:
        try:
            yield "before return"
            return "returned"
        finally:
            print("inner finally of return")
            yield "inner finally of return"
    finally:
        print("outer finally of return")
        yield "outer finally of return"
    print("not reached")

g = gen()
while True:
    try:
        print(next(g))
    except StopIteration as e:
        print("stop", e.value)
        break
