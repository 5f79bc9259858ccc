# dict | and |= (3.9+), with views and non-dicts; key order and value precedence.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
t(lambda: a | b)
t(lambda: b | a)
t(lambda: a | {})
t(lambda: {} | a)
t(lambda: a | [("q", 1)])
t(lambda: a | None)
t(lambda: [("q", 1)] | a)
c = dict(a)
c |= b
print(c, a)
c |= [("w", 0), ("x", -1)]
print(c)
c |= {"x": 100}.items()
print(c)
def ior_bad():
    d = {}
    d |= 5
t(ior_bad)
def ior_bad_pairs():
    d = {}
    d |= ["ab", "cde"]
t(ior_bad_pairs)
t(lambda: sorted(a.keys() | b.keys()))
t(lambda: sorted(a.keys() & b.keys()))
t(lambda: sorted(a.keys() - b.keys()))
t(lambda: sorted(a.keys() ^ b.keys()))
t(lambda: sorted(a.items() | b.items()))
t(lambda: a.values() | b.values())
