# The format-spec mini-language for str: fill, align, width, precision (truncation), errors.
for s in ["", "a", "héllo", "日本語", "tab\there"]:
    print(repr(s), "|".join([format(s, spec) for spec in ["", "5", "<5", ">5", "^5", "*^7", ".2", "8.3", "->10.1", "s", "^1"]]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: format("x", "d"))
t(lambda: format("x", "+"))
t(lambda: format("x", "=5"))
t(lambda: format("x", "#"))
t(lambda: format("x", "05"))
t(lambda: format("x", ","))
t(lambda: format("x", "z"))
t(lambda: format("abc", ".0"))
t(lambda: format(None, ""))
t(lambda: format(None, "5"))
t(lambda: format([1, 2], ""))
t(lambda: format([1, 2], ">10"))
t(lambda: format((1,), "s"))
t(lambda: f"{'x':{'*'}^{5}}")
t(lambda: "{:>{w}.{p}}".format("abcdef", w=6, p=3))
t(lambda: "{0:{1}}".format("y", 4))
