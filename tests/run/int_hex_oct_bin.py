# hex/oct/bin and the matching format types for small, negative and big ints.
vals = [0, 1, -1, 10, -10, 255, -256, 2**32, 2**64 - 1, -2**64, 3**50, True]
for v in vals:
    print(hex(v), oct(v), bin(v))
    print(format(v, "x"), format(v, "#X"), format(v, "o"), format(v, "#o"), format(v, "b"), format(v, "#b"))
    print(f"{v:_x} {v:#_b} {v:>+20x} {v:#012x} {v:^#14o}")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: hex(1.5))
t(lambda: oct("7"))
t(lambda: bin(None))
t(lambda: format(255, ",x"))
t(lambda: format(2**40, "_o"))
t(lambda: int(hex(-2**70), 16))
t(lambda: int(oct(2**70), 8))
t(lambda: int(bin(-12345), 2))
t(lambda: int(bin(-12345), 0))
