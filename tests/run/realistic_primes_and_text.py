def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    i = 2
    while i * i <= n:
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
        i += 1
    return [k for k in range(n + 1) if sieve[k]]


ps = primes(100)
print(len(ps), ps[-5:], sum(ps))
matrix = [[i * j for j in range(4)] for i in range(4)]
for row in matrix:
    print(" ".join([f"{x:3d}" for x in row]))
scores = {"ann": 91.5, "bob": 78.25, "cy": 88.0}
best = sorted(scores.items(), key=None)[0]
print(best)
for name, score in sorted(scores.items()):
    grade = "A" if score >= 90 else "B" if score >= 80 else "C"
    print(f"{name:<5}{score:>7.2f} {grade}")
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items())
print(top[:3])
n = 0
x = 1.0
while x > 1e-10:
    x /= 3
    n += 1
print(n, x)
print("ok")
a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
print(2 ** 0.5, 10 / 3, 7 // 2.0)
s = "Mississippi"
print(s.count("ss"), s.find("ss", 3), s.replace("ss", "SS", 1), s.upper().lower() == s.lower())
print(s[1:-1:2], s[::-3], len(s[5:100]))
