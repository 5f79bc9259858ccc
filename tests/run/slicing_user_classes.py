class L(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
l = L([1, 2, 3, 4])
print(l[1:3], l[::2], l[0])
class P(list):
    pass
p = P([1, 2, 3])
print(p[1:], type(p[1:]).__name__)
s = "hello"
print(s[1:3], (1, 2, 3)[1:], b"abc"[1:], range(10)[2:5], bytearray(b"xy")[1:])
try:
    {}[1:2]
except Exception as e:
    print(type(e).__name__, e)

class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if isinstance(i, slice):
            return f"slice {i.start} {i.stop} {i.step}"
        if i >= 3:
            raise IndexError(i)
        return i * 100


print(list(reversed(Seq())), Seq()[1:], Seq()[::-1], Seq()[:2:])
