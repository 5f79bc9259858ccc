# strip family with and without chars; partition/rpartition; removeprefix/removesuffix.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = " \t\n xyhello worldyx \u3000\x1c"
t(lambda: (s.strip(), s.lstrip(), s.rstrip()))
t(lambda: ("xxyhelloyxx".strip("xy"), "xxyhelloyxx".lstrip("yx"), "xxyhelloyxx".rstrip("x")))
t(lambda: ("abc".strip(""), "abc".strip("abc"), "".strip("a")))
t(lambda: "  a  ".strip(None))
t(lambda: "a".strip(1))
t(lambda: "a".lstrip("a", "b"))
t(lambda: "ééaéé".strip("é"))
for u in ["key=value=more", "no separator", "=start", "end=", ""]:
    print(repr(u), u.partition("="), u.rpartition("="))
t(lambda: "abc".partition(""))
t(lambda: "abc".rpartition(""))
t(lambda: "abc".partition(None))
t(lambda: "a->b->c".partition("->"))
t(lambda: "a->b->c".rpartition("->"))
t(lambda: ("unittest".removeprefix("unit"), "unittest".removeprefix("test"), "unittest".removesuffix("test"), "x".removesuffix("")))
t(lambda: "abc".removeprefix(None))
t(lambda: "prefix".startswith(("a", "pre")))
t(lambda: "prefix".endswith(("fix", "z"), 2))
t(lambda: "prefix".startswith("fix", 3, 6))
t(lambda: "prefix".startswith(["pre"]))
t(lambda: "prefix".endswith(("a", 1)))
t(lambda: "".startswith(""))
t(lambda: "abc".startswith("", 4))
t(lambda: "abc".endswith("", 3))
