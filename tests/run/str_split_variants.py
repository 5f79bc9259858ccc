# split/rsplit with and without separators and maxsplit; splitlines with every line break.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "  a  b\tc\n d \x0b e\x1cf  "
for m in [-1, 0, 1, 2, 3, 10]:
    print(m, s.split(None, m), s.rsplit(None, m))
    print(m, "a,b,,c,".split(",", m), "a,b,,c,".rsplit(",", m), "--a--b--".split("--", m), "--a--b--".rsplit("--", m))
t(lambda: "a b".split(""))
t(lambda: "a b".rsplit(""))
t(lambda: "a b".split(1))
t(lambda: "a b".split(maxsplit=1))
t(lambda: "a b c".rsplit(sep=" ", maxsplit=1))
t(lambda: "a b".split(" ", "1"))
t(lambda: "".split())
t(lambda: "".split(","))
t(lambda: "   ".split(" "))
t(lambda: "ａ\u3000ｂ\u2028c\xa0d".split())
t(lambda: "x\ny\r\nz\rw\x0bv\x0cu\x1ct\x1ds\x1er\x85q\u2028p\u2029o".splitlines())
t(lambda: "x\ny\r\nz\r".splitlines(True))
t(lambda: "x\ny\r\nz\r".splitlines(keepends=True))
t(lambda: "\n\n".splitlines())
t(lambda: "".splitlines())
t(lambda: "no breaks".splitlines())
t(lambda: "a\n".split("\n"))
