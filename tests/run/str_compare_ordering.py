# Ordering of strings by code point, with non-ASCII text; comparison errors with non-strings.
words = ["apple", "Apple", "äpple", "banana", "", "a", "ab", "b", "Z", "z", "日本", "éclair", "Éclair", "apple pie", "apple\x00"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=len))
print(min(words), max(words), "a" < "b" < "c", "abc" < "abd", "ab" < "abc", "B" < "a")
print("é" > "z", "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
for a, b in [("a", "a"), ("a", "b"), ("b", "a"), ("", "a"), ("aa", "a")]:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "a" < 1)
t(lambda: "a" >= None)
t(lambda: 1.5 > "x")
t(lambda: "a" == 1)
t(lambda: ["a"] < [1])
t(lambda: ("x", 1) < ("x", "y"))
