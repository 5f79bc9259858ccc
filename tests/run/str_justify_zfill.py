# center/ljust/rjust with fill characters (incl. non-ASCII), zfill with signs, and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for w in [-1, 0, 3, 4, 7, 8]:
    print(w, repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "é")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "→")))
for s in ["42", "-42", "+42", "", "-", "abc", "--1", "٣", "3.14", "-0.5"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)))
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center("5"))
t(lambda: "a".ljust(5, 1))
t(lambda: "a".rjust())
t(lambda: "a".zfill(None))
t(lambda: "a".center(5.0))
t(lambda: "x".center(2**70))
