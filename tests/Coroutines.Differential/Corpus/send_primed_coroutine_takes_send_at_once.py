# A coroutine primed by a decorator has already run to its first yield when the call returns, so send() works at
# once; the code before the first yield runs during the call.
from functools import wraps
from inspect import getgeneratorstate

def coroutine(func):
    @wraps(func)
    def start(*args):
        g = func(*args)
        next(g)
        return g
    return start

@coroutine
def tally(label):
    print(label, "primed")
    count = 0
    while True:
        word = yield count
        count += len(word)
        print(label, "got", repr(word))

print("before call")
t = tally("t")
print("after call", getgeneratorstate(t))
print(t.send("ab"))
print(t.send(""))
print(t.send("cde"))
