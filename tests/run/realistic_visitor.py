# A visitor over an expression tree: a class per node kind, double dispatch by method name,
# pattern matching as the alternative, an evaluator, a printer and a simplifier.
from dataclasses import dataclass
from typing import Union


class Node:
    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__)(self)


@dataclass(frozen=True)
class Num(Node):
    value: float


@dataclass(frozen=True)
class Var(Node):
    name: str


@dataclass(frozen=True)
class BinOp(Node):
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call(Node):
    func: str
    args: tuple


Expr = Union[Num, Var, BinOp, Call]


class Visitor:
    def generic(self, node):
        raise TypeError(f"{type(self).__name__} cannot visit {type(node).__name__}")

    def __getattr__(self, name):
        if name.startswith("visit_"):
            return self.generic
        raise AttributeError(name)


class Printer(Visitor):
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "**": 3}

    def visit_Num(self, n):
        return f"{n.value:g}"

    def visit_Var(self, v):
        return v.name

    def visit_BinOp(self, b):
        def side(child, right):
            text = child.accept(self)
            if isinstance(child, BinOp):
                p, q = self.PREC[child.op], self.PREC[b.op]
                if p < q or (right and p == q and b.op in "-/"):
                    return f"({text})"
            return text
        return f"{side(b.left, False)} {b.op} {side(b.right, True)}"

    def visit_Call(self, c):
        return f"{c.func}({', '.join(a.accept(self) for a in c.args)})"


class Evaluator(Visitor):
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, env):
        self.env = env

    def visit_Num(self, n):
        return n.value

    def visit_Var(self, v):
        try:
            return self.env[v.name]
        except KeyError:
            raise NameError(f"unbound variable {v.name!r}") from None

    def visit_BinOp(self, b):
        x, y = b.left.accept(self), b.right.accept(self)
        match b.op:
            case "+": return x + y
            case "-": return x - y
            case "*": return x * y
            case "/": return x / y
            case "**": return x ** y
        raise ValueError(b.op)

    def visit_Call(self, c):
        return self.FUNCS[c.func](*(a.accept(self) for a in c.args))


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)) | BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, Num(a), Num(b)) if op != "/" or b != 0:
            return Num(Evaluator({}).visit_BinOp(e))
        case BinOp(op, l, r):
            new = BinOp(op, simplify(l), simplify(r))
            return simplify(new) if new != e else e
        case Call(f, args):
            return Call(f, tuple(simplify(a) for a in args))
        case _:
            return e


def count(e, kinds=None):
    kinds = {} if kinds is None else kinds
    kinds[type(e).__name__] = kinds.get(type(e).__name__, 0) + 1
    match e:
        case BinOp(_, l, r):
            count(l, kinds); count(r, kinds)
        case Call(_, args):
            for a in args:
                count(a, kinds)
    return kinds


x, y = Var("x"), Var("y")
exprs = [
    BinOp("+", Num(1), BinOp("*", Num(2), x)),
    BinOp("*", BinOp("+", x, Num(0)), BinOp("-", y, BinOp("-", Num(3), Num(1)))),
    BinOp("/", Call("max", (x, y, Num(7))), BinOp("**", Num(2), Num(3))),
    BinOp("-", BinOp("*", Num(0), x), BinOp("*", Num(1), BinOp("+", Num(2), Num(3)))),
    Call("abs", (BinOp("-", x, BinOp("*", y, Num(10))),)),
]
env = {"x": 4, "y": 2.5}
for e in exprs:
    s = simplify(e)
    print(e.accept(Printer()), "=>", s.accept(Printer()), "=", e.accept(Evaluator(env)), s.accept(Evaluator(env)))
    print("  ", count(e))
try:
    BinOp("+", x, Var("z")).accept(Evaluator(env))
except NameError as err:
    print("NameError:", err)


class Weird(Node):
    pass


try:
    Weird().accept(Printer())
except TypeError as err:
    print("TypeError:", err)
print(exprs[0] == BinOp("+", Num(1), BinOp("*", Num(2), Var("x"))), hash(Num(2)) == hash(Num(2.0)), len({simplify(e) for e in exprs}))
