# A pull pipeline of generators (produce -> keep odd -> square) feeding a consumer coroutine by send(): values are produced one at a time, only as the consumer asks, and sending None ends the consumer with its total as the StopIteration value.
def produce(n):
    for i in range(n):
        print("produce", i)
        yield i
    print("producer exhausted")

def only_odd(source):
    for x in source:
        if x % 2:
            yield x
        else:
            print("drop", x)

def squares(source):
    for x in source:
        print("square", x)
        yield x * x

def consumer():
    total = 0
    count = 0
    while True:
        x = yield f"count={count} total={total}"
        if x is None:
            print("consumer finishing")
            return total
        total += x
        count += 1

c = consumer()
print(next(c))
for v in squares(only_odd(produce(6))):
    print(c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("total", e.value)
