# Yields inside the sections of a switch (Python: match): the command sent picks a section, a section may pause several times, and a return from a section ends the generator.
def machine():
    total = 0
    while True:
        cmd = yield f"total {total}"
        match cmd:
            case "add":
                n = yield "how much?"
                total += int(n)
            case "double":
                total *= 2
            case "twice":
                yield "first"
                yield "second"
            case "quit":
                print("quitting")
                return total
            case _:
                yield f"unknown {cmd}"
        print("after switch", cmd)

m = machine()
print(next(m))
print(m.send("add"))
print(m.send("5"))
print(m.send("double"))
print(m.send("twice"))
print(next(m))
print(next(m))
print(m.send("jump"))
print(next(m))
try:
    m.send("quit")
except StopIteration as e:
    print("stop", e.value)
