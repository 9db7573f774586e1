# close() unwinds every try around the paused yield: the finally blocks run from the innermost out, and a finally
# block that is not around the yield does not run.
def gen():
    try:
        print("enter outer")
        try:
            yield "first"
        finally:
            print("finally of a finished try")
        try:
            print("enter middle")
            try:
                print("enter inner")
                yield "paused"
            finally:
                print("inner finally")
        finally:
            print("middle finally")
    finally:
        print("outer finally")

g = gen()
print(next(g))
print(next(g))
g.close()
print("closed")
