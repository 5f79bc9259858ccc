import sys
out = []
for cp in list(range(0, 0x3000, 7)) + list(range(0xd7f0, 0xd800)) + list(range(0xe000, 0xe010)) + list(range(0xfff0, 0x10100, 3)) + [0x1f600, 0xe0001, 0x10ffff, 0x2fa1d, 0x30000, 0x323af, 0x323b0]:
    out.append(repr(chr(cp)))
print(" ".join(out))
print(ascii("héllo ☃ \U0001f600"), repr("a'b"), repr('a"b'), repr("a'\"b"))
