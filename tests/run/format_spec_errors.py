# The format-spec mini-language: every presentation type, and CPython's errors
for spec in ["", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "#b", "#o", "#x", "#X",
             "+d", " d", "-d", "08d", "<8d", ">8d", "^8d", "=+8d", "*^9d", ",d", "_d", "_b", "_x", "#_o", ",.2f", "z.1f"]:
    out = []
    for v in [0, 42, -42, 65, 1234567]:
        try:
            out.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), out)
for spec in ["", "e", ".3e", "f", ".0f", "#.0f", "g", ".3g", "#g", "G", "%", ".1%", "+.2f", " .2f", "010.3f",
             "<10.2f", "^10", "=+12.3e", ",.3f", "_.1f", "z.2f", "z.0f", ".15g", ".17g", "n", "F"]:
    print(repr(spec), [format(v, spec) for v in [0.0, -0.0, 1.5, -2.25, 12345.6789, 1e-7, 1e22, float("inf"), float("nan")]])
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "=^7"]:
    print(repr(spec), repr(format("héllo", spec)), repr(format("", spec)))
print(format(True), format(True, "d"), format(False, ">5"), format(None), format(3 + 0, "")) 
bad = [(1, "s"), (1.5, "d"), (1.5, "x"), ("s", "d"), ("s", "+"), ("s", "#"), ("s", ","), (1, ".2d"), (1, "=s"),
       (1, "c,"), (1, "#c"), (70000000, "c"), (-1, "c"), (1, "z"), (1, "zd"), ("s", "z"), (1, "<<<"), (1.0, ",_f"),
       (1, "_,d"), (1, "2.0.0"), (None, "d"), ([], ">3"), (1.5, "=c"), ("x", "=5")]
for value, spec in bad:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(value), repr(spec), type(e).__name__ + ":", e)
