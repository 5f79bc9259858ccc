from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, P._fields, P._field_defaults, p._asdict(), p._replace(y=5), P._make([3, 4]), P.__match_args__)
try:
    p.x = 3
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    P()
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    P(1, q=2)
except TypeError as e:
    print(e)
try:
    namedtuple("Q", "a a")
except ValueError as e:
    print(e)
try:
    namedtuple("Q", "a def")
except ValueError as e:
    print(e)
print(namedtuple("R", ["a", "b"])(1, 2), namedtuple("S", "a, b")._fields, namedtuple("T", "a def _x", rename=True)._fields)
print(P.__name__, P.__qualname__, P.__bases__, type(p).__mro__, isinstance(p, tuple))

class Q(P):
    def total(self):
        return self.x + self.y
print(Q(1, 2).total(), Q(1, 2), hash(P(1, 2)) == hash((1, 2)), P(1, 2) == (1, 2))
x, y = P(7, 8)
print(x, y, P(7, 8)[1], len(P(1, 2)), P(1, 2) + (3,), sorted([P(2, 1), P(1, 5)]))

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 100.0
    def describe(self):
        return f"{self.name} in {self.dept}"

e = Employee("ann")
print(e, e.describe(), Employee._fields, Employee._field_defaults, e._replace(salary=5.5))
print(Employee("bob", "ops", 1.0) > e, {e: 1}[Employee("ann")])
Pair = NamedTuple("Pair", [("a", int), ("b", int)])
print(Pair(1, 2), Pair._fields)

def match_point(v):
    match v:
        case P(0, y):
            return f"y={y}"
        case P(x=x):
            return f"x={x}"
print(match_point(P(0, 3)), match_point(P(2, 3)))
Card = namedtuple("Card", ["rank", "suit"])
deck = [Card(r, s) for s in "SH" for r in "AK"]
print(deck[:2], max(deck).rank)
