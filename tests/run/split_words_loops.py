# Loops over s.split(): the words as the list split() makes would give them, whatever s is.

text = "  the quick\tbrown\n\nfox  jumps\x0bover\x1cthe\u2003lazy\u00a0dog\u3000 "
for w in text.split():
    print(repr(w), end=" ")
print()
print([w.upper() for w in "alpha beta  gamma".split()])
print({w: len(w) for w in "one two three two".split()})
print(sorted({w for w in "b a c a b".split()}))
print(sum(len(w) for w in "x yy zzz".split()))
print(list(w for w in "".split()), [w for w in "   \n\t ".split()], [w for w in "single".split()])
print([w for w in "ascii only words".split()], [w for w in "héllo wörld  ünïcode".split()])

counts = {}
for line in ["a b a", "", "  c  a ", "b"]:
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
print(counts)


class Shouting(str):
    def split(self, *args):
        return [w.upper() + "!" for w in str.split(self, *args)]


for w in Shouting("quiet words here").split():
    print(w, end=" ")
print()


class Sentence:
    def __init__(self, s):
        self.s = s

    def split(self):
        print("Sentence.split called")
        return iter(self.s.split(","))


print([w for w in Sentence("a,b,c").split()])
print([w for w in b"bytes  split\ttoo".split()])
try:
    for w in (42).split():
        print(w)
except AttributeError as e:
    print("AttributeError:", e)

# The loop variable sees each word as it comes; breaking early is fine.
for i, w in enumerate("w0 w1 w2 w3 w4".split()):
    if i == 2:
        break
print(i, w)
words = "keep these words".split()
print(words, type(words).__name__)
