# The format-spec mini-language for ints: fill, align, sign, #, 0, width, grouping, types.
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2**64, True]
specs = ["", "d", "5", "<6", ">6", "^7", "=+8", "*^9", "+", "-", " ", "08", "+08", "#x", "#X", "#o", "#b",
         ",", "_", "_x", "_b", "#_o", ",d", "010,", "c", "n", "e", ".2f", "%", ".1%", "g", "G", "E", "x<#10"]
for v in vals:
    out = []
    for s in specs:
        if s == "c" and not (0 <= v < 0x110000):
            continue
        out.append(format(v, s))
    print(repr(v), "|".join(out))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: format(5, ".2"))
t(lambda: format(5, "s"))
t(lambda: format(5, ",x"))
t(lambda: format(5, ",_"))
t(lambda: format(5, "#c"))
t(lambda: format(5, "+c"))
t(lambda: format(-1, "c"))
t(lambda: format(5, "z"))
t(lambda: format(5, "=^5"))
t(lambda: format(5, "\u00e9>5"))
t(lambda: f"{12345:{'>'}{10},}")
t(lambda: f"{-42:0=10}")
t(lambda: f"{42:#010b}")
