"""A doubly linked list implementing the sequence protocols."""


class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self.size += 1
        return self

    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self.size += 1

    def _node(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(self[i] for i in range(*index.indices(self.size)))
        return self._node(index).value

    def __setitem__(self, index, value):
        self._node(index).value = value

    def __delitem__(self, index):
        node = self._node(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.size -= 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __repr__(self):
        return f"LinkedList({list(self)!r})"


ll = LinkedList(range(5))
ll.appendleft(-1)
print(ll, len(ll), ll[0], ll[-1], ll[2], 3 in ll, 9 in ll)
ll[1] = 100
del ll[0]
del ll[-1]
print(ll, list(reversed(ll)), ll[1:3], ll[::-1], bool(LinkedList()), bool(ll))
print(ll + LinkedList("ab"), ll == LinkedList([100, 1, 2, 3]), sorted(ll), sum(ll), max(ll))
a, b, *rest = ll
print(a, b, rest, [x * 2 for x in ll], dict(enumerate(ll)))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
it = iter(ll)
print(next(it), next(it), list(it))
