# Text processing: tokenising, case folding, a concordance with line numbers, n-grams.
TEXT = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick brown dog? No -- a quick brown FOX.
Straße and STRASSE fold the same; naïve café too."""

def tokens(line):
    word = ""
    for ch in line:
        if ch.isalpha() or ch == "'":
            word += ch
        elif word:
            yield_word = word
            word = ""
            out.append(yield_word)
    if word:
        out.append(word)

index = {}
counts = {}
for lineno, line in enumerate(TEXT.splitlines(), 1):
    out = []
    tokens(line)
    for w in out:
        key = w.casefold()
        counts[key] = counts.get(key, 0) + 1
        lines = index.setdefault(key, [])
        if lineno not in lines:
            lines.append(lineno)

for word in sorted(index):
    print(f"{word:<10} {counts[word]:>2}  {index[word]}")
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
words = [w.casefold() for w in TEXT.replace("\n", " ").split()]
bigrams = {}
for a, b in zip(words, words[1:]):
    key = f"{a.strip('.;!?-')} {b.strip('.;!?-')}"
    bigrams[key] = bigrams.get(key, 0) + 1
print(sorted([k for k, v in bigrams.items() if v > 1]))
print(TEXT.count("the"), TEXT.lower().count("the"), TEXT.title()[:30], len(TEXT), len(TEXT.encode()))
caps = [w for w in TEXT.split() if w.isupper()]
print(caps, [w.swapcase() for w in caps])
