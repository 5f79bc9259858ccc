xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 2
print(xs)
d = {"a": 1}
d["a"] -= 5
d["b"] = d.get("b", 0) + 1
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
n = 10
n **= 3
n //= 7
n %= 50
n <<= 2
n |= 1
n ^= 3
n &= 0xff
n >>= 1
print(n)
f = 1.5
f += 1
f /= 2
print(f)
t = (1,)
t += (2, 3)
print(t)
