# replace with counts (incl. empty patterns), count of overlapping patterns, repetition.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "aaaa"
t(lambda: s.count("aa"))
t(lambda: s.replace("aa", "b"))
t(lambda: s.replace("a", "bc", 2))
t(lambda: s.replace("a", "", -1))
t(lambda: s.replace("", "-"))
t(lambda: s.replace("", "-", 2))
t(lambda: "".replace("", "x"))
t(lambda: "".replace("a", "x"))
t(lambda: "abc".replace("b", "é" * 3))
t(lambda: "日本日本".replace("本", "x", 1))
t(lambda: s.replace("a", "b", 0))
t(lambda: s.replace("a", "b", 10**30))
t(lambda: s.replace("a", "b", count=1))
t(lambda: s.replace("a"))
t(lambda: s.replace(1, "a"))
t(lambda: "ab" * 3)
t(lambda: 3 * "ab")
t(lambda: "ab" * 0)
t(lambda: "ab" * -5)
t(lambda: "ab" * True)
t(lambda: "ab" * 2.0)
t(lambda: "a" + 1)
t(lambda: "abcabc".count("", 2))
t(lambda: "abcabc".count("bc", 2, 5))
t(lambda: "ab" in "cab", )
t(lambda: "" in "x")
t(lambda: "x" not in "")
x = "ab"
x *= 3
x += "!"
print(x)
