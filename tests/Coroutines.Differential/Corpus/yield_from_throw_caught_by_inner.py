# throw() on the outer raises at the inner's paused yield: an inner that handles it and yields gives that value as the result of throw(); one that handles it and returns ends the yield from with its return value.
class Skip(Exception):
    pass

class Finish(Exception):
    pass

def inner():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Skip:
            print("inner skips")
            n += 10
        except Finish:
            print("inner finishing")
            return n

def outer():
    r = yield from inner()
    print("outer got", r)
    yield r * 100

g = outer()
print(next(g))
print(next(g))
print(g.throw(Skip()))
print(next(g))
print(g.throw(Finish()))
g.close()
