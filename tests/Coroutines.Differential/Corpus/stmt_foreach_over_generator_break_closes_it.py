# A for loop over a generator, inside a generator: breaking out of the loop releases the inner generator, whose finally runs at once (CPython drops the last reference; C#'s foreach disposes it).
def numbers():
    try:
        for i in range(100):
            print("numbers gives", i)
            yield i
    finally:
        print("numbers finally")

def firsts():
    for n in numbers():
        if n == 2:
            print("breaking")
            break
        yield n * 10
    print("after loop")
    yield -1

for v in firsts():
    print(v)
