# Mixing floats with non-numbers: CPython's TypeError texts; float methods on bad input.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: 1.5 + "a")
t(lambda: "a" + 1.5)
t(lambda: 1.5 * "ab")
t(lambda: [1] * 2.0)
t(lambda: 1.5 - None)
t(lambda: 1.5 < "a")
t(lambda: 1.5 >= [1])
t(lambda: -"x")
t(lambda: ~1.5)
t(lambda: 1.5 & 1)
t(lambda: 1.5 << 1)
t(lambda: 1.5 @ 1.5)
t(lambda: abs("x"))
t(lambda: round("1.5"))
t(lambda: divmod(1.5, "x"))
t(lambda: float.fromhex(1.5))
t(lambda: (1.5).is_integer(1))
xs, text, half = [1, 2], "abc", 0.5
t(lambda: xs[1.0])
t(lambda: text[half])
t(lambda: range(1.5))
t(lambda: chr(65.0))
