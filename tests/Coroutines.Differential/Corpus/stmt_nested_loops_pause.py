# Nested loops that pause at both levels: break leaves only the inner loop, continue of the outer loop skips its tail.
def grid():
    for row in range(4):
        if row == 2:
            yield f"skip row {row}"
            continue
        for col in range(4):
            if col > row:
                break
            yield (row, col)
        yield f"end row {row}"
    yield "done"

for v in grid():
    print(v)
