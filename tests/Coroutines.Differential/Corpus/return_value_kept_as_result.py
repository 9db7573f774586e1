# Driving a generator to its end and keeping its return value: the value StopIteration carries is the one the body
# returned, computed from everything it yielded before.
def squares(n):
    total = 0
    for i in range(n):
        total += i * i
        yield i * i
    return total

g = squares(4)
seen = []
while True:
    try:
        seen.append(next(g))
    except StopIteration as e:
        result = e.value
        break
print("yielded", seen)
print("returned", result)
