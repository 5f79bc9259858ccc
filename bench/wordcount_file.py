"""Word counting over a 50 MB text file: the whole file read and split, then the same file
iterated by lines, each line split, every word counted in a dict (the file is made once,
deterministically, in the temporary directory)."""
import os

PATH = "/tmp/krait-bench-words-50mb.txt"
SIZE = 50 * 1024 * 1024

WORDS = (
    "the of and to in is was that for on with as by at from his her it an were are which this be "
    "or has had not but also its their they one have been who two first new after all more other "
    "time would into its during most she some there only than over such many three years when "
    "later about under these made may out up city between most while both state world people "
    "river house water music school church war film series season family game team album"
).split()


def make(path):
    """Lines of 5 to 16 words picked by a linear congruential generator."""
    seed = 12345
    chunks = []
    size = 0
    with open(path + ".part", "w") as f:
        while size < SIZE:
            seed = (seed * 1103515245 + 12345) % 2147483648
            n = 5 + seed % 12
            words = []
            for _ in range(n):
                seed = (seed * 1103515245 + 12345) % 2147483648
                words.append(WORDS[(seed >> 8) % len(WORDS)])
            line = " ".join(words) + "\n"
            chunks.append(line)
            size += len(line)
            if len(chunks) == 4096:
                f.write("".join(chunks))
                chunks = []
        f.write("".join(chunks))
    os.rename(path + ".part", path)


if not os.path.exists(PATH):
    make(PATH)

with open(PATH) as f:
    text = f.read()
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1

lines = 0
by_line = {}
with open(PATH) as f:
    for line in f:
        lines += 1
        for word in line.split():
            by_line[word] = by_line.get(word, 0) + 1

print(len(text), lines, len(counts), by_line == counts)
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(word, n)
