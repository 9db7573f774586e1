# An exception raised after a resume inside a try: the matching handler runs (and may pause), the other handlers are skipped, and the finally runs after it.
class Bad(Exception):
    pass

def gen():
    for i in range(3):
        try:
            v = yield f"try {i}"
            print("resumed", i, v)
            if v == "bad":
                raise Bad("bad input")
            if v == "key":
                raise KeyError("k")
            print("ok", i)
        except Bad as e:
            print("caught", type(e).__name__, str(e))
        except KeyError as e:
            print("caught", type(e).__name__)
            yield "in handler"
        finally:
            print("finally", i)
    return "end"

g = gen()
print(next(g))
print(g.send("bad"))
print(g.send("key"))
print(next(g))
try:
    g.send("fine")
except StopIteration as e:
    print("stop", e.value)
