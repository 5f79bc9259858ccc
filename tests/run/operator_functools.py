# operator and functools (reduce, partial): the operators as functions, getters for sort keys.
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce, partial
import functools
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
rows = [("bob", 3, 2.5), ("amy", 3, 1.0), ("cat", 1, 9.9)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(2), reverse=True))
print(list(map(itemgetter(0), rows)), itemgetter(-1)("abc"), itemgetter(slice(1, 3))("abcd"), itemgetter("k")({"k": 5}))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
people = [P("zed", 30), P("ann", 25)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]), attrgetter("inner.inner.name")(people[1]))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]), methodcaller("upper")("abc"))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("x.y", "z")), repr(methodcaller("f", 1, k=2)))
print(operator.add(2, 3), operator.mul("ab", 2), operator.sub(5, 7), operator.truediv(7, 2), operator.floordiv(7, 2),
      operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.invert(5),
      operator.not_(0), operator.truth([1]), operator.eq(1, 1.0), operator.lt("a", "b"), operator.ge(2, 3),
      operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.getitem([5, 6], 1),
      operator.concat([1], [2]), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10),
      operator.lshift(1, 5), operator.rshift(64, 2), operator.index(7), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(lambda a, b: a + [b], "abc", []),
      reduce(max, [3, 9, 2]), functools.reduce(operator.add, ["x"]))
double = partial(operator.mul, 2)
greet = partial(P.greet, people[0], punct=".")
base2 = partial(int, base=2)
print(double(21), greet("hello"), greet("hey", punct="?"), base2("1011"), base2("11", base=3), double.func is operator.mul, double.args, greet.keywords)
print(sorted(["b", "C", "a"], key=partial(str.lower)), list(map(partial(pow, 2), range(5))))
t(lambda: itemgetter())
t(lambda: itemgetter(5)([1]))
t(lambda: attrgetter(1))
t(lambda: attrgetter("nope")(people[0]))
t(lambda: reduce(operator.add, []))
t(lambda: reduce(operator.add, 5))
t(lambda: partial())
t(lambda: partial(5))
t(lambda: operator.add(1))
t(lambda: operator.add(1, "a"))
t(lambda: operator.indexOf([1], 2))
t(lambda: itemgetter(0)())
t(lambda: operator.lt(1, "a"))
t(lambda: callable(double))
t(lambda: repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key=<built-in function abs>"))
