# find/rfind/index/rindex/count with ranges, negative bounds, and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "abracadabra"
for sub in ["a", "abra", "ra", "", "z", "aa"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 8),
          s.count(sub, -5), s.find(sub, -3, -1), s.find(sub, 20), s.count(sub, 5, 2))
t(lambda: s.index("z"))
t(lambda: s.rindex("z"))
t(lambda: s.index("a", 11))
t(lambda: s.rindex("a", 1, 3))
t(lambda: s.index(""))
t(lambda: s.rindex(""))
t(lambda: s.find(1))
t(lambda: s.count(None))
t(lambda: s.find("a", "1"))
t(lambda: s.find("a", None, None))
t(lambda: s.find("a", 1.0))
t(lambda: s.count("a", 0, 10**30))
t(lambda: "ééé".find("é", 1))
t(lambda: "日本日本".rfind("日"))
t(lambda: "a" in s)
t(lambda: "" in "")
t(lambda: 1 in s)
