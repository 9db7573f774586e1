# The value of a yield expression is what send() passed in; when next() resumes it, the value is None.
def listener():
    i = 0
    while True:
        received = yield i
        print("yield", i, "resumed with", received)
        i += 1

g = listener()
next(g)
g.send(10)
next(g)
g.send(-3)
g.send(None)
next(g)
