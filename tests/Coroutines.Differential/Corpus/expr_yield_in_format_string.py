# Yields inside f-strings (C#: interpolated strings): the holes before a pause keep their values, the hole of the pause is what was sent, and the string is complete after the last resume.
def gen():
    name = "weight"
    s = f"{name}={(yield 'value?')} {(yield 'unit?')}!"
    print(s)
    n = 3
    t = f"[{n:>4}] [{(yield 'number?'):03d}] [{n * 2}]"
    print(t)
    yield f"<{s}|{t}>"

g = gen()
print(next(g))
print(g.send("42"))
print(g.send("kg"))
print(g.send(7))
g.close()
