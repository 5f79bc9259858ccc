class A:
    def get(self):
        return "A"
class B(A):
    def get(self):
        return "B"
class S:
    __slots__ = ("x",)
q = A()
for bad in (1, S, int):
    try:
        q.__class__ = bad
    except TypeError as e:
        print(e)
try:
    del q.__class__
except TypeError as e:
    print(e)
q.__class__ = B
print(q.get(), isinstance(q, B), type(q) is B)
