def f(a: int, b: "str" = "x", *args: float, c: list[int], **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {"x": int}
print(g.__annotations__)
class C:
    def m(self, v: "C") -> None: ...
print(C.m.__annotations__)
def h[T](x: T) -> list[T]: return [x]
print(h.__annotations__)
def later(x: Undefined) -> None: pass
