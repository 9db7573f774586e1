# A running computation driven by send(): each value sent updates the state, and the yield hands back the new
# average; the first next() yields the initial None.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
print(avg.send(10.0))
print(avg.send(20.0))
print(avg.send(0.0))
print(avg.send(-5.0))
print(avg.send(2.5))
