values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1), 2 ** 100]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no", not v)
x = [] or "default"
y = "set" and 42
print(x, y, 0 or 0.0 or "", None and 1)
