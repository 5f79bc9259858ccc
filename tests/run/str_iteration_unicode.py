# Iterating and indexing text with characters of every width
text = "aé日😀\n\t z" * 3
chars = [c for c in text]
print(len(chars), chars[:8], "".join(chars) == text, list(reversed(text))[:4])
for i, c in enumerate("héllo wörld"):
    if not c.isascii():
        print(i, c, ord(c), "héllo wörld"[i] == c, "héllo wörld".index(c))
counts = {}
for c in "mississippi ünïcödé":
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
print([c.upper() for c in "straße"], [c for c in "😀😁😂" if c != "😁"], max("zebra ñ"), min("αβγ"))
s = "x" * 3 + "ÿ" + "Ā"
print(s[3], s[4], s[-1] == "Ā", [ord(c) for c in s], s[3] is s[3])
it = iter("ab€")
print(next(it), next(it), next(it), next(it, "end"))
a, b, c = "日本語"
print(c, b, a)
total = 0
for line in "one\ntwo\nthree".split("\n"):
    for ch in line:
        total += ord(ch)
print(total)
