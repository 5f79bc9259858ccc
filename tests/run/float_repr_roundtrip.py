# repr(float) is the shortest string that round-trips; str equals repr; arithmetic results.
xs = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 1.5e-5, 1e15, 1e16, 1.234567890123e16, 123456789.0, 5e-324,
      1.7976931348623157e308, 2.2250738585072014e-308, 9007199254740993.0, 0.3, 100.0, 1e22, 1e23, 4.35, 2.675]
for x in xs:
    r = repr(x)
    print(r, str(x) == r, float(r) == x, repr(-x), repr(x * 3), repr(x / 7))
acc = 0.0
for i in range(1, 50):
    acc += 1.0 / i
    if i % 7 == 0:
        print(i, acc, acc * 1e10, acc / 1e10)
print([1.0, 2.5, -0.0, 1e100], (0.5,), {0.25: 1e-10})
