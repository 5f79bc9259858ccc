# bytes literals, repr and the sequence protocol
a = b"hello"
b = b'it\'s'
c = b"say \"hi\""
d = b'both \' and "'
e = rb"raw\n\x00"
f = b"tab\there\nnew\rcr\\slash\x00\x7f\x80\xff"
g = b"con" b"cat" B"enated"
for x in [a, b, c, d, e, f, g, b""]:
    print(repr(x), len(x), str(x))
print(a)
print(f"{a} {a!r} {a!s} {a!a}")
print("%s|%r" % (a, a))

# indexing gives ints, slicing gives bytes
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-3:])
print(type(a[0]).__name__, type(a[1:2]).__name__)
total = 0
for byte in a:
    total += byte
print(total, list(a), tuple(b"xy"), sorted(b"banana"), max(a), min(a), sum(a))
print(list(reversed(b"abc")))
for i, byte in enumerate(b"AZ"):
    print(i, byte, chr(byte))

# membership: a byte value or a subsequence
print(104 in a, 120 in a, b"ell" in a, b"" in a, b"lo!" in a, bytearray(b"he") in a)

# concatenation, repetition, comparison, truthiness
print(a + b" world", a * 2, 3 * b"ab", b"ab" * 0, b"ab" * -1)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"")
print(b"a" == "a", b"abc" == bytearray(b"abc"), bytearray(b"abd") > b"abc")
print(bool(b""), bool(b"\x00"), not b"")
print(b"x" if b"" else b"y")

# hashing: equal bytes are equal keys; bytes and str keys do not collide
counts = {}
for word in [b"ab", b"cd", b"ab", b"ab"]:
    counts[word] = counts.get(word, 0) + 1
print(counts)
mixed = {b"k": 1, "k": 2}
print(mixed[b"k"], mixed["k"], len(mixed))
print(hash(b"") == 0, hash(b"abc") == hash(bytes([97, 98, 99])))
print(len({b"x", b"x", b"y"}))

# isinstance and type
print(isinstance(a, bytes), isinstance(a, bytearray), isinstance(bytearray(), bytearray), type(a) is bytes)
print(type(a), type(bytearray(b"")))

# ord and chr
print(ord(b"A"), ord(bytearray(b"z")), chr(ord(b"a") + 1))

# unpacking
x, y, z = b"xyz"
print(x, y, z)
first, rest = b"abc"[0], b"abc"[1:]
print(first, rest)
