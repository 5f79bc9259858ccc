# Slice assignment of a list or tuple exactly as long as the slice (copied in place), next
# to the lengths that resize the list.
p = list(range(8))
for k in range(8):
    p[: k + 1] = p[k::-1]
    print(k, p)
q = [1, 2, 3, 4]
q[1:3] = ("a", "b")
print(q)
q[-2:] = ["y", "z"]
print(q)
q[3:1] = []
print(q)
q[3:1] = ["in"]
print(q)
q[0:2] = [q, q]
print(len(q), q[0] is q, q[1] is q)
r = [0.5, 1.5, 2.5]
r[0:2] = [r[1] * 2, r[0] * 2]
print(r, r[0] + r[1])
s = list("abcdef")
s[1:5] = s[1:5][::-1]
print(s)
s[:] = tuple("uvwxyz")
print(s)
s[10:20] = ["end"]
print(s)


class L(list):
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)


t = L([1, 2, 3])
t[0:2] = [9, 8]
print(t)
u = [1, 2, 3]
u[0:2] = L([7, 6])
print(u)
try:
    u[0:2] = 5
except TypeError as e:
    print(e)
