# A generator that calls next() on itself while its body runs gets ValueError("generator already executing"); caught
# in the body, it does no harm and the generator goes on.
g = None

def gen():
    for i in range(3):
        try:
            next(g)
        except ValueError as e:
            print("step", i, type(e).__name__, e)
        yield i

g = gen()
for value in g:
    print("got", value)
print("done")
