import operator as op
from functools import reduce

records = [{"name": "b", "age": 3, "tags": ["x"]}, {"name": "a", "age": 5, "tags": []}]
get_name = op.itemgetter("name")
get_both = op.itemgetter("age", "name")
print(sorted(records, key=get_name)[0]["name"], [get_both(r) for r in records], get_name)
print(op.itemgetter(slice(1, 3))("hello"), op.itemgetter(-1)([1, 2, 3]), op.itemgetter(0, -1)("abc"))


class Emp:
    def __init__(self, name, boss=None):
        self.name = name
        self.boss = boss

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


e = Emp("eve", Emp("bob", Emp("al")))
print(op.attrgetter("name")(e), op.attrgetter("boss.boss.name")(e), op.attrgetter("name", "boss.name")(e))
print(op.methodcaller("greet", "hi")(e), op.methodcaller("greet", "yo", punct="?")(e), op.methodcaller("upper")("s"))
print(reduce(op.add, [1, 2, 3], 10), reduce(op.mul, range(1, 6)), reduce(op.concat, ["a", "b"], ""))
print(op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.ge(3, 2), op.gt(2, 3))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2))
print(op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem({"k": 9}, "k"), op.length_hint([1, 2]))
lst = [1, 2, 3]
op.setitem(lst, 0, 10)
op.delitem(lst, 1)
print(lst, op.iadd([1], [2]), op.imul("ab", 2), op.index(7), op.concat((1,), (2,)))
print(list(map(op.mul, [1, 2], [3, 4])), sorted([(1, "b"), (0, "c")], key=op.itemgetter(1), reverse=True))
try:
    op.itemgetter("missing")({})
except KeyError as ke:
    print("KeyError:", ke)
try:
    op.attrgetter("nope")(e)
except AttributeError as err2:
    print("AttributeError:", err2)
