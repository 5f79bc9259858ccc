def g(*a, **k): pass
class C:
    def m(self, *a): pass
for t in [lambda: g(**[1]), lambda: g(*5), lambda: print(*5), lambda: C().m(*5), lambda: len(*5), lambda: C.m(*None), lambda: (lambda *a: 0)(*1)]:
    try: t()
    except TypeError as e: print(e)
