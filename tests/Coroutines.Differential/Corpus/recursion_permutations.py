# Recursive generators that delegate in a loop: all permutations of a list, in lexicographic order, each recursion level returning how many it produced.
def permutations(prefix, rest):
    if not rest:
        yield prefix
        return 1
    count = 0
    for i in range(len(rest)):
        count += yield from permutations(prefix + [rest[i]], rest[:i] + rest[i + 1:])
    return count

g = permutations([], [1, 2, 3])
while True:
    try:
        print(next(g))
    except StopIteration as e:
        print("count", e.value)
        break
print(len(list(permutations([], [1, 2, 3, 4, 5]))))
print(["".join(p) for p in permutations([], ["a", "b", "c"])][-2:])
