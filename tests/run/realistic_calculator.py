"""A tiny calculator: a generator tokenizer, a recursive-descent parser to an AST of
dataclasses, and an evaluator and printer written with match."""
from dataclasses import dataclass
from typing import Iterator, Union


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass(frozen=True)
class Neg:
    operand: "Expr"


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple


Expr = Union[Num, Var, BinOp, Neg, Call]


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at {pos}")
        self.pos = pos


def tokenize(text: str) -> Iterator[tuple[str, str, int]]:
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            yield ("num", text[start:i], start)
        elif c.isalpha() or c == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            yield ("name", text[start:i], start)
        elif c in "+-*/^(),":
            yield ("op", c, i)
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r}", i)
    yield ("end", "", len(text))


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        match tok:
            case (k, v, p) if (kind is None or k == kind) and (value is None or v == value):
                self.pos += 1
                return tok
            case (_, v, p):
                raise ParseError(f"expected {value or kind}, found {v or 'end'}", p)

    def parse(self):
        e = self.expr()
        self.take("end")
        return e

    def expr(self):
        left = self.term()
        while (tok := self.peek())[0] == "op" and tok[1] in "+-":
            self.take()
            left = BinOp(tok[1], left, self.term())
        return left

    def term(self):
        left = self.factor()
        while (tok := self.peek())[0] == "op" and tok[1] in "*/":
            self.take()
            left = BinOp(tok[1], left, self.factor())
        return left

    def factor(self):
        base = self.unary()
        if self.peek()[:2] == ("op", "^"):
            self.take()
            return BinOp("^", base, self.factor())
        return base

    def unary(self):
        match self.peek():
            case ("op", "-", _):
                self.take()
                return Neg(self.unary())
            case ("num", text, _):
                self.take()
                return Num(float(text))
            case ("name", name, _):
                self.take()
                if self.peek()[:2] == ("op", "("):
                    self.take()
                    args = []
                    if self.peek()[:2] != ("op", ")"):
                        args.append(self.expr())
                        while self.peek()[:2] == ("op", ","):
                            self.take()
                            args.append(self.expr())
                    self.take("op", ")")
                    return Call(name, tuple(args))
                return Var(name)
            case ("op", "(", _):
                self.take()
                e = self.expr()
                self.take("op", ")")
                return e
            case (_, v, p):
                raise ParseError(f"unexpected {v or 'end'}", p)


FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}


def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unknown variable {name}")
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case BinOp("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case BinOp("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case BinOp("/", a, b):
            return evaluate(a, env) / evaluate(b, env)
        case BinOp("^", a, b):
            return evaluate(a, env) ** evaluate(b, env)
        case Call(f, args) if f in FUNCS:
            return FUNCS[f](*(evaluate(a, env) for a in args))
        case Call(f, _):
            raise NameError(f"unknown function {f}")


def show(e):
    match e:
        case Num(v) if v == int(v):
            return str(int(v))
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, a, b):
            return f"({show(a)} {op} {show(b)})"
        case Call(f, args):
            return f"{f}({', '.join(show(a) for a in args)})"


def variables(e) -> Iterator[str]:
    match e:
        case Var(n):
            yield n
        case Neg(x):
            yield from variables(x)
        case BinOp(_, a, b):
            yield from variables(a)
            yield from variables(b)
        case Call(_, args):
            for a in args:
                yield from variables(a)


env = {"x": 3.0, "y": 4.0, "pi": 3.14159}
for src in ["1 + 2 * 3", "-(x + 1) ^ 2", "sqrt(x*x + y*y)", "max(1, x, y) / 2", "2 ^ 3 ^ 2",
            "min(x, y) - abs(-7.5)", "pi * x ^ 2", "1 +", "foo(1)", "z * 2", "3 $ 4", "(1 + 2"]:
    try:
        tree = Parser(src).parse()
        names = sorted(set(variables(tree)))
        print(f"{src:24} => {show(tree):32} = {evaluate(tree, env)!r:20} vars={names}")
    except (ParseError, NameError) as err:
        print(f"{src:24} !! {type(err).__name__}: {err}")
print(sum(1 for _ in tokenize("a + b * (c - 1)")), [t[1] for t in tokenize("f(2,3)")][:-1])
