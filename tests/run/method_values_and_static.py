words = ["Banana", "apple", "Cherry"]
print(sorted(words, key=str.lower), list(map(str.upper, words)), str.join("-", words))
push = []
add = push.append
for w in words:
    add(w)
print(push, str.split("a b  c"), str.split("a,b", ","), dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(str.upper, len(repr([].append)) > 10, callable(str.upper), callable(add))
print(repr("x".upper)[:30], type(str.upper).__name__, type(add).__name__)
t = str.maketrans("abc", "xyz", "d")
print(t, "abcdd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "b", 99: None}))
print("a\tbc\tdef\n\tx".expandtabs(), "a\tb".expandtabs(4), "a\tb".expandtabs(tabsize=2), repr("\t".expandtabs(0)))
for h in ["0x1.8p1", "-0x1p-1074", "1p0", "0x.8", "inf", "-Infinity", " 0x10 ", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p-1075", "0x1.8p-1074"]:
    print(h, float.fromhex(h))
for bad in ["0x", "1p", "0x1.2.3", "zz", "0x1p1024", "0x2p1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x in [0.1, 1e300, 5e-324, -2.5, 1/3]:
    assert float.fromhex(x.hex()) == x
fk = int.bit_length
print(fk(255), float.is_integer(2.0), (3).bit_length(), set.union({1}, [2]))
try:
    str.upper(5)
except TypeError as e:
    print(e)
try:
    str.upper()
except TypeError as e:
    print(e)
try:
    "abc".translate({97: 2.5})
except TypeError as e:
    print(e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
try:
    str.maketrans([1])
except TypeError as e:
    print(e)
try:
    dict.fromkeys()
except TypeError as e:
    print(e)
