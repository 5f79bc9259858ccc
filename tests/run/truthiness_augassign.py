# Truth values of every builtin type, and augmented assignment on each
values = [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", " ", "0", b"", b"\x00", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), None, True, False, 10**100, bytearray()]
print([bool(v) for v in values])
print([not v for v in values[:8]], [v or "alt" for v in values[:4]], [v and "and" for v in values[:4]])
i = 10
i += 5; i -= 3; i *= 4; i //= 5; i %= 7; i **= 3; i <<= 2; i >>= 1; i |= 8; i &= 0xFF; i ^= 0b101
print(i)
f = 1.5
f += 1; f *= 3; f /= 2; f -= 0.25; f //= 1; f **= 2; f %= 7
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
l = [1]
alias = l
l += [2, 3]; l *= 2; l += "xy"; l += (9,)
print(l, alias is l)
t = (1,)
talias = t
t += (2,); t *= 2
print(t, talias)
st = {1, 2, 3}
salias = st
st |= {4}; st &= {1, 2, 4}; st -= {1}; st ^= {9, 2}
print(sorted(st), salias is st)
d = {"a": 1}
dalias = d
d |= {"b": 2}
print(d, dalias is d)
b = b"x"
b += b"y"; b *= 3
print(b)
n = None
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
fs = frozenset({1})
fs |= {2}
print(sorted(fs), type(fs).__name__)
