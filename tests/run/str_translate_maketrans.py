# str.maketrans in its three forms, translate with str/int/None values, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: str.maketrans("abc", "xyz"))
t(lambda: str.maketrans("abc", "xyz", "d"))
t(lambda: str.maketrans({"a": "1", "b": None, 99: "ccc"}))
t(lambda: "abcd".translate(str.maketrans("abc", "xyz", "d")))
t(lambda: "abcabc".translate({97: "AA", 98: None, 99: 100}))
t(lambda: "héllo".translate({ord("é"): "e"}))
t(lambda: "abc".translate({}))
t(lambda: "abc".translate(str.maketrans("", "")))
t(lambda: str.maketrans("ab", "x"))
t(lambda: str.maketrans({"ab": "x"}))
t(lambda: str.maketrans({1.5: "x"}))
t(lambda: str.maketrans("a"))
t(lambda: str.maketrans("a", 1))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: "abc".translate({97: -1}))
t(lambda: "abc".translate(None))
t(lambda: "".maketrans("x", "y"))
t(lambda: "hello".translate(str.maketrans("lo", "01")).upper())
