def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    out = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(words[seed % 10] + str(seed % 97))
    return " ".join(out)


def count(text):
    freq = {}
    for w in text.split():
        freq[w] = freq.get(w, 0) + 1
    return freq


text = make_text(300000)
total = 0
for _ in range(5):
    freq = count(text)
    total += len(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(total, top)
