# Indexing, slicing with steps, reversal and iteration of non-ASCII text by code point.
s = "añb日本😀x"
print(len(s), s[0], s[1], s[3], s[5], s[-1], s[-2])
print(s[1:4], s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[5:100], s[100:], s[-100:2])
print([c for c in s], list(reversed(s)))
print(s.find("日"), s.index("😀"), s.rfind("x"), s.count("b"), "日本" in s)
print(s.upper(), s.encode("utf-8"), len(s.encode("utf-8")))
print(s.split("日"), s.partition("本"), s.replace("ñ", "n"))
print(s.center(12, "·"), s.zfill(10), s.ljust(9, "█") + "|")
t = "é" * 5 + "abc"
print(t[4:6], t[::-3], t.rfind("é"), t.rindex("é", 0, 3))
print(sorted("zürich"), max("zürich"), min("Zürich"))
word = "naïve café"
print(word.title(), word.capitalize(), word[::-1].upper(), word.isalpha(), word.replace(" ", "").isalpha())
for i, ch in enumerate("αβγ"):
    print(i, ch, ord(ch), hex(ord(ch)))
