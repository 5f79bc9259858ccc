# An exhausted sequence iterator stays exhausted, even if its sequence grows (CPython drops
# the sequence when the iterator reaches its end).
items = [1, 2]
it = iter(items)
print(list(it))
items.append(3)
print(list(it), next(it, "end"), items)

it = iter(items)
print(next(it), next(it))
items.append(4)
print(list(it))
items.append(5)
print(list(it))

for kind in ("ab", (1, 2), b"xy", bytearray(b"z")):
    it = iter(kind)
    print(type(it).__name__, list(it), list(it), next(it, None))

buf = bytearray(b"q")
it = iter(buf)
print(list(it))
buf.extend(b"rs")
print(list(it))
