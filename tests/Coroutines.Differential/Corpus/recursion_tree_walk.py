# A recursive generator delegating with yield from: an in-order walk of a binary search tree yields every value in order, and each call returns the height of its subtree.
class Node:
    def __init__(self, value):
        self.value = value
        self.left = None
        self.right = None

def insert(node, value):
    if node is None:
        return Node(value)
    if value < node.value:
        node.left = insert(node.left, value)
    else:
        node.right = insert(node.right, value)
    return node

def inorder(node, depth):
    if node is None:
        return 0
    lh = yield from inorder(node.left, depth + 1)
    yield f"{'.' * depth}{node.value}"
    rh = yield from inorder(node.right, depth + 1)
    return 1 + max(lh, rh)

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)

g = inorder(root, 0)
while True:
    try:
        print(next(g))
    except StopIteration as e:
        print("height", e.value)
        break
