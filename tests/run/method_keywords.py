print("a b  c".split(maxsplit=1), "a,b,,c".split(sep=","), "a,b,c".rsplit(",", maxsplit=1))
print("x\ny\n".splitlines(keepends=True), "k=v".split(sep="=", maxsplit=5))
d = {"a": 1}
d.update(b=2, c=3)
d.update({"d": 4}, e=5)
print(d)
try:
    "a b".split(foo=1)
except TypeError as e:
    print(e)
try:
    "a b".split(" ", sep=" ")
except TypeError as e:
    print(e)
try:
    [3, 1].index(3, start=0)
except TypeError as e:
    print(e)
