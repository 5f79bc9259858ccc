print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age} years".format(name="Ann", age=30))
print("{:>8}|{:<6}|{:^7}|".format("right", "left", "mid"))
print("{:.3f} {:,} {:08.2f} {:x} {:#b}".format(3.14159, 1234567, -3.5, 255, 5))
print("{0!r} {0!s} {1!a}".format("q", "é"))
print("{{literal}} {}".format("x"))
print("{0[1]} {d[key]} {0[0]}".format(["zero", "one"], d={"key": "value"}))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{x}-{y}".format_map({"x": 1, "y": 2}))
print("{:*^20}".format(" centered "))
for bad in ["{", "}", "{0} {}", "{5}", "{missing}"]:
    try:
        print(bad.format(1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
