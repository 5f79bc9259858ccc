# Building strings with + and +=: results never share or lose text, and a long
# loop of += stays fast (linear, as in CPython).
base = "x" * 70
a = base + "A"
b = base + "B"
c = a + "1"
d = a + "2"
print(a[-3:], b[-3:], c[-3:], d[-3:], len(a), len(b), len(c), len(d))
e = c
c += "tail"
print(e[-4:], c[-6:], e == a + "1", c == a + "1tail")
parts = []
s = "start-" * 12
for i in range(5):
    s += str(i)
    parts.append(s)
for p in parts:
    print(len(p), p[-5:])
print(parts[0] + "|" + parts[1][-3:])
u = "é" * 40
v = u + "ü" * 40
w = v + "€"
print(len(v), len(w), w[-3:], v[-1], w[79], v.count("ü"))
log = ""
for i in range(1000000):
    log += "ab"
print(len(log), log[:6], log[-4:])
line = ""
for word in ["alpha", "beta", "gamma"] * 30:
    line = line + word + " "
print(len(line), line[:17], line.split()[-1])
x = "q" * 100
print((x + "")  is x, ("" + x) is x)
