# A recursive generator over nested lists: yield from flattens any depth, leaves are indented by their depth, and each list returns how many leaves it held.
def flatten(x, depth):
    if isinstance(x, list):
        print(f"{'  ' * depth}list of {len(x)}")
        count = 0
        for item in x:
            count += yield from flatten(item, depth + 1)
        return count
    yield f"{'  ' * depth}{x}"
    return 1

data = [1, [2, [3, [4, []]], 5], [[["deep"]]], "six"]
g = flatten(data, 0)
while True:
    try:
        print(next(g))
    except StopIteration as e:
        print("leaves", e.value)
        break
print(list(flatten([[1, 2], [], [3, [4]]], 0)))
