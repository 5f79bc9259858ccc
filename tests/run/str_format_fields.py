# str.format: numbering, names, indexing and attributes in fields, nested specs, conversions, errors
point = {"x": 3, "y": -4}
coords = [(1, 2), (3, 4)]
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}{1}".format("x", "y"))
print("{p[x]},{p[y]}".format(p=point), "{0[1][0]}".format(coords), "{c[0]!r:>8}".format(c=coords))
print("{0.real} {0.imag} {1.denominator}".format(5, 7), "{s.upper}".format(s="x")[:22])
print("{:{w}.{p}f}|{:>{w}}|{:{fill}^{w}}".format(3.14159, "r", "mid", w=9, p=2, fill="*"))
print("{!s:5}|{!r:5}|{!a:5}|".format("é", "é", "é"), "{{}} {{{0}}}".format("lit"), "{:%}".format(0.25))
print("{0:,} {0:_} {0:_x} {0:#b} {1:e} {1:.3g}".format(1234567, 0.000123456))
print("{:<6}".format(True), "{:^7.3}".format(3.14159), "{:=+8}".format(42))
print("{:d}".format(True), "{:5}|".format(7), "{:5}|".format("s"), "{:.0f}".format(2.5), "{:.0f}".format(3.5))
print("{name} is {age} years".format_map({"name": "Ann", "age": 30}), "{0[a]}".format({"a": "dict"}))
for bad, args in [("{}{}", ("x",)), ("{0}{}", ("a", "b")), ("{}{0}", ("a",)), ("{x}", ()),
                  ("{0[5]}", ([1],)), ("{0.nope}", (1,)), ("{", ()), ("}", ()),
                  ("{:q}", (1,)), ("{!x}", (1,)), ("{0[}", (1,)), ("{:,s}", ("a",)), ("{:>10}", (None,))]:
    try:
        print(repr(bad.format(*args)))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
for f in ['{!x}', '{0!}', '{!rr}', '{0[}', '{0[1}', '{0[1]x}', '{0!r', '{0:', '{0', '{0:{1}}', '{0[a]}', '{0[{]}']:
    try: print(repr(f.format({"a": 5, "{": 6}, 7)))
    except Exception as e: print(repr(f), type(e).__name__, e)
for f in ["a{}", "{0}", "{x}{0}", "{x}"]:
    try:
        print(repr(f.format_map({"x": 1})))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
