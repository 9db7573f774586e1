# A return statement's value travels in the StopIteration that ends the generator: next() raises it with .value set
# to whatever the body returned (a number, a string, a list).
def gen(kind):
    yield "working"
    if kind == "number":
        return 42
    if kind == "text":
        return "finished"
    return [1, "two", None]

for kind in ["number", "text", "list"]:
    g = gen(kind)
    print(kind, next(g))
    try:
        next(g)
    except StopIteration as e:
        print(kind, "returned", e.value)
