class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()

    def preorder(self):
        yield self.value
        for child in (self.left, self.right):
            if child:
                yield from child.preorder()

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in (self.left, self.right):
            if child is not None:
                yield from child.depth_first(depth + 1)


tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(tree.inorder()), list(tree.preorder()))
print(max(tree.depth_first()), [v for d, v in tree.depth_first() if d == 2])


def averager():
    total, count, average = 0.0, 0, None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


def grouper(results, key):
    while True:
        results[key] = yield from averager()


data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
for k, (count, avg) in sorted(results.items()):
    print(f"{count:2} {k:10} averaging {avg:.2f}")


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], []], 6])))


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n


print(list(take(10, primes())), sum(take(100, naturals())))
