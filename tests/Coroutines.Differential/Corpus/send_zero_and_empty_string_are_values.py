# 0 and "" are values like any other: sent to an unstarted generator they raise TypeError, and sent to a started one
# they arrive as themselves, not as None.
def numbers():
    while True:
        x = yield "n"
        print("got", repr(x))

def strings():
    while True:
        s = yield "s"
        print("got", repr(s))

n = numbers()
try:
    n.send(0)
except TypeError as e:
    print("numbers:", type(e).__name__)
s = strings()
try:
    s.send("")
except TypeError as e:
    print("strings:", type(e).__name__)
next(n)
n.send(0)
next(n)
next(s)
s.send("")
next(s)
