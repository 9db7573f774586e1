# A resource held to the end of its scope (C#: a using declaration; Python: a with block around the rest of the function): pauses in between keep it open, and it is released when the scope ends, whether the end comes normally or by close().
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
    print("before", name)
    with Resource(name) as r:
        for i in range(2):
            yield f"{r.name} {i}"
        print("end of scope", name)

for v in gen("a"):
    print(v)
g = gen("b")
print(next(g))
g.close()
print("closed b")
