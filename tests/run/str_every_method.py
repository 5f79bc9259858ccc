# Every method of str, with the argument forms scripts use
s = "  Hello, World! Ünïcödé ß straße ǅ  "
methods0 = ["capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
            "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "lower", "lstrip", "rstrip",
            "split", "splitlines", "strip", "swapcase", "title", "upper", "expandtabs", "rsplit"]
for m in methods0:
    print(m, repr(getattr(s, m)()))
for t in ["", "abc", "ABC", "Abc Def", "123", "½", "٣", "x1_", "1x", "\t\n", "a\x00", "ǅ", "İ", "ﬀ"]:
    print(repr(t), t.isalnum(), t.isalpha(), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isidentifier(),
          t.islower(), t.isupper(), t.istitle(), t.isspace(), t.isprintable(), t.isascii(),
          repr(t.upper()), repr(t.lower()), repr(t.title()), repr(t.casefold()), repr(t.swapcase()))
w = "banana"
print(w.count("a"), w.count("an", 2), w.count("a", -3, -1), w.find("na"), w.find("na", 3), w.rfind("na"),
      w.index("b"), w.rindex("a", 0, 4), w.startswith("ban"), w.startswith(("x", "b")), w.endswith("na", 0, 4))
print(w.replace("a", "o"), w.replace("a", "o", 2), w.replace("", "-"), w.replace("", "-", 3), w.replace("x", "y"))
print(w.partition("n"), w.rpartition("n"), w.partition("z"), w.rpartition("z"))
print(w.center(12, "*"), w.ljust(9, "."), w.rjust(9), w.zfill(9), "-7".zfill(4), "+".zfill(3), w.center(3))
print("a,b,,c".split(","), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 2), " a  b ".split(), " a  b ".split(None, 1),
      "x".split("x"), "".split(), "".split(","))
print("l1\nl2\r\nl3\rl4\x0bl5\x1cl6\u2028l7".splitlines(), "a\n\nb\n".splitlines(True))
print(", ".join(["x", "y", "z"]), "".join([]), "-".join("abc"), "\t".join(("a", "b")))
print("  xx  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "  ".strip() == "")
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "a\tb".expandtabs(0), "ab\n\tc".expandtabs(2))
print("{} and {}".format(1, 2), "{1}{0}".format("a", "b"), "{x}-{y:>3}".format(x=1, y=2), "{0[1]}{1[k]}".format([0, 9], {"k": 8}))
print("{name}!".format_map({"name": "map"}), "{:*^9}".format("mid"), "{:,}".format(1234567), "{!r}".format("q"))
table = str.maketrans("abc", "xyz", "d")
print("abcd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans({"a": "1"}))
print("Straße".upper(), "ǅungla".lower(), "ǆ".title(), "ß".casefold(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("hello world foo".title(), "they're bill's".title(), "hELLO".capitalize(), "ŉ".capitalize())
print("%s|%5s|%-5s|%.2s" % ("a", "b", "c", "def"), "%c%c" % ("x", 121), "%%")
print("abc".encode(), "é".encode("utf-8"), str(b"x", "ascii"), "日本".encode("utf-8").decode("utf-8"))
print("a" < "b", "B" < "a", "é" > "z", "abc" < "abd", "ab" < "abc", sorted(["b", "A", "a", "B"]), max("hello"))
print("x" * 3, 3 * "ab", "" * 5, "ab" * -1, "a" in "cat", "" in "x", "at" not in "cat")
print(len("日本語"), "日本語"[1], "日本語"[::-1], "日本語"[-1:], "😀x"[0], ord("😀"), chr(26085))
