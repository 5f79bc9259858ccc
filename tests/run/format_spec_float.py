# The format-spec mini-language for floats: precision, types e f g % n, z, #, grouping.
vals = [0.0, -0.0, 1.5, -1.5, 3.14159265, 1e16, 1.5e-7, 123456.789, 1e300, float("inf"), float("-inf"), float("nan"), 0.5, 2.5, 1e22]
specs = ["", "f", ".0f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "#g", "#.0f", "%", ".1%", "+", " ", "10.2f", "<10", "^12.3",
         "*>+12.2f", "010.3f", ",.2f", "_.1f", "z.1f", "z", "n", ".10g", ".0e", "#.0e", "r"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("!" + str(e)[:25])
    print(repr(v), "|".join(out))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: format(1.5, "d"))
t(lambda: format(1.5, "x"))
t(lambda: format(1.5, "c"))
t(lambda: format(1.5, ".2s"))
t(lambda: format(-0.0001, "z.2f"))
t(lambda: format(2.675, ".2f"))
t(lambda: format(1e-5, ""))
t(lambda: format(0.1, ".20f"))
t(lambda: format(1 / 3, ".17g"))
t(lambda: format(123.456, ".60f"))
t(lambda: f"{3.5:{'.'}{2}f}")
