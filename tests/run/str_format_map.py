# str.format_map and str.format with mappings, attributes, indexes and conversion errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"name": "Ada", "n": 3, "xs": [10, 20], "m": {"k": "v"}}
t(lambda: "{name} has {n} items".format_map(d))
t(lambda: "{xs[1]} {m[k]} {name!r:>7}".format_map(d))
t(lambda: "{missing}".format_map(d))
t(lambda: "{0}".format_map(d))
t(lambda: "{n:{w}}".format_map({"n": 5, "w": 4}))
t(lambda: "{}".format_map(d))
t(lambda: "x".format_map(None))
t(lambda: "{a}".format_map([1]))
t(lambda: "{0[0]} {0[1]} {1.real} {1.imag}".format([7, 8], 2.5))
t(lambda: "{0.upper}".format("s")[:30])
t(lambda: "{!x}".format(1))
t(lambda: "{:d}".format("s"))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{2}".format(1, 2))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{{}} {{{0}}}".format(9))
t(lambda: "{a[x]}".format(a={"x": 1}))
t(lambda: "{a[0]}".format(a={"0": 1}))
t(lambda: "{a[0]}".format(a={0: 1}))
