# GeneratorExit is not an Exception: a handler for Exception around the yield does not see the close, while a handler
# for an ordinary error thrown in does.
def gen():
    while True:
        try:
            yield "working"
        except Exception as e:
            print("handled", type(e).__name__)
        finally:
            print("finally")

g = gen()
next(g)
print(g.throw(KeyError("k")))
g.close()
print("closed")
