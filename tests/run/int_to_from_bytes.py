# int.to_bytes and int.from_bytes, signed and unsigned, both byte orders
for n in [0, 1, 255, 256, 65535, 2**32 - 1, 2**64, 12345678901234567890]:
    size = max(1, (n.bit_length() + 7) // 8)
    big = n.to_bytes(size, "big")
    little = n.to_bytes(size, byteorder="little")
    print(n, big, little, int.from_bytes(big, "big"), int.from_bytes(little, "little"))
for n in [-1, -128, -129, 127, -32768, -(2**63), 2**63 - 1]:
    b = n.to_bytes(8, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))
print((1).to_bytes(), (5).to_bytes(4), (5).to_bytes(length=2, byteorder="little"), True.to_bytes(2))
print((0).to_bytes(0), (-128).to_bytes(1, signed=True), (255).to_bytes(1, "little"))
print(int.from_bytes(b""), int.from_bytes(b"", signed=True), int.from_bytes(b"\x80", signed=True))
print(int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes(b"\xff" * 20, "big"))
print(int.from_bytes((0, 0, 1)), int.from_bytes(bytes=b"\x10", byteorder="big"))

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("too big", lambda: (256).to_bytes(1, "big"))
attempt("signed too big", lambda: (128).to_bytes(1, "big", signed=True))
attempt("signed too small", lambda: (-129).to_bytes(1, signed=True))
attempt("negative unsigned", lambda: (-1).to_bytes(2, "big"))
attempt("bad order", lambda: (1).to_bytes(1, "middle"))
attempt("negative length", lambda: (1).to_bytes(-1))
attempt("zero length", lambda: (1).to_bytes(0))
attempt("signed positional", lambda: (1).to_bytes(1, "big", True))
attempt("length type", lambda: (1).to_bytes(length="a"))
attempt("order type", lambda: (1).to_bytes(byteorder=1))
attempt("unknown keyword", lambda: (1).to_bytes(x=1))
attempt("both ways", lambda: (1).to_bytes(1, length=1))
attempt("from str", lambda: int.from_bytes("ab"))
attempt("from missing", lambda: int.from_bytes())
attempt("from bad order", lambda: int.from_bytes(b"\x01", byteorder="x"))
attempt("from items", lambda: int.from_bytes([256]))
