# A yield under C#'s null-forgiving operator (co.Yield(...)!): the operator changes nothing at run time, so the sent value is used as is (Python has no such operator; the twin uses the yield directly).
def gen(items):
    text = (yield "text?")
    print("text", text.upper())
    a = items[(yield "index?")]
    print("a", a)
    n = len((yield "last?"))
    print("n", n)

g = gen([10, 20, 30])
print(next(g))
print(g.send("abc"))
print(g.send(2))
try:
    g.send("four")
except StopIteration:
    print("stop")
