# A push pipeline of primed coroutines (Python: a @coroutine decorator; C#: [Coroutine(Primed = true)]): lines sent into a broadcast reach two greps, which forward matches to their printers; closing the head closes the chain link by link.
def coroutine(func):
    def start(*args):
        cr = func(*args)
        next(cr)
        return cr
    return start

@coroutine
def printer(prefix):
    count = 0
    try:
        while True:
            line = yield
            count += 1
            print(prefix, count, line)
    except GeneratorExit:
        print(prefix, "closed after", count)

@coroutine
def grep(pattern, target):
    print("grep looking for", pattern)
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        print("grep", pattern, "closes its target")
        target.close()

@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        print("broadcast closes", len(targets), "targets")
        for t in targets:
            t.close()

lines = [
    "python generators are lazy",
    "a coroutine receives values",
    "generators and coroutines in python",
    "nothing to see here",
]
head = broadcast([grep("python", printer("[py]")), grep("corout", printer("[co]"))])
for line in lines:
    head.send(line)
head.close()
print("pipeline closed")
