# Each call makes a new generator with its own locals; advancing one runs only its own body.
def counter(name, start):
    print(name, "starts")
    n = start
    while True:
        yield name + str(n)
        n += 1

a = counter("a", 0)
b = counter("b", 10)
print(next(a))
print(next(a))
print(next(b))
print(next(a))
print(next(b))
