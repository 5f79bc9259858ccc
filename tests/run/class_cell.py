class A:
    def who(self):
        return __class__.__name__
    def make(self):
        return __class__()
class B(A):
    def who(self):
        return "B>" + super().who() + ">" + __class__.__name__
print(A().who(), B().who(), type(B().make()).__name__)
def f():
    class Local:
        def me(self):
            return __class__
        def sup(self):
            return super().__repr__()[:8]
    return Local
L = f()
print(L().me() is L, L().sup())
