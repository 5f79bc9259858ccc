# start/end arguments of str's search methods as CPython resolves them
s = "abcabc"
for start, end in [(0, 6), (2, None), (-2, None), (6, None), (7, None), (10, 20), (-100, 2), (4, 2), (None, -1)]:
    print(start, end, s.find("", start, end), s.find("bc", start, end), s.rfind("", start, end),
          s.count("", start, end), s.count("c", start, end), s.startswith("", start, end),
          s.endswith("", start, end), s.startswith("ab", start, end))
print("abc".endswith(("c", 1)), "abc".startswith(("a", None)))
try:
    "abc".startswith(("x", 1))
except TypeError as e:
    print(e)
print("héllo".find("l", 3), "héllo".find("", 5), "héllo".find("", 6), "héllo".count("l", -3))
