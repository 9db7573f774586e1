# A with block (C#: using) around pauses: the resource is released when the block is left normally, by an exception thrown in, or by close(); nested resources are released in reverse order.
class Boom(Exception):
    pass

class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("release", self.name)
        return False

def gen(name):
    with Resource(name) as r:
        yield f"{r.name} 1"
        yield f"{r.name} 2"
    yield f"after {name}"

def nested():
    with Resource("outer") as a:
        yield "in outer"
        with Resource("inner") as b:
            yield f"in {b.name} of {a.name}"
        yield "back in outer"

print(list(gen("a")))
g = gen("b")
print(next(g))
g.close()
print("closed b")
g = gen("c")
print(next(g))
print(next(g))
try:
    g.throw(Boom())
except Boom as e:
    print("caller caught", type(e).__name__)
n = nested()
print(next(n))
print(next(n))
n.close()
print("closed nested")
