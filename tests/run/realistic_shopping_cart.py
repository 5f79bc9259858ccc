"""A shopping cart with discount rules as strategy objects, properties and dunders."""
from abc import ABC, abstractmethod
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    cents: int


@dataclass
class Line:
    product: Product
    qty: int = 1

    @property
    def subtotal(self):
        return self.product.cents * self.qty


class Rule(ABC):
    @abstractmethod
    def discount(self, cart) -> int:
        ...

    def __repr__(self):
        return f"{type(self).__name__}()"


class BulkRule(Rule):
    def __init__(self, sku, min_qty, pct):
        self.sku, self.min_qty, self.pct = sku, min_qty, pct

    def discount(self, cart):
        line = cart.lines.get(self.sku)
        if line and line.qty >= self.min_qty:
            return line.subtotal * self.pct // 100
        return 0


class ThresholdRule(Rule):
    def __init__(self, over, off):
        self.over, self.off = over, off

    def discount(self, cart):
        return self.off if cart.gross > self.over else 0


class Cart:
    def __init__(self, *rules):
        self.lines = {}
        self.rules = list(rules)

    def add(self, product, qty=1):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        line = self.lines.setdefault(product.sku, Line(product, 0))
        line.qty += qty
        return self

    def __iadd__(self, product):
        return self.add(product)

    def __len__(self):
        return sum(l.qty for l in self.lines.values())

    def __contains__(self, product):
        return product.sku in self.lines

    def __iter__(self):
        return iter(sorted(self.lines.values(), key=lambda l: l.product.name))

    @property
    def gross(self):
        return sum(l.subtotal for l in self.lines.values())

    @property
    def discounts(self):
        return {repr(r): d for r in self.rules if (d := r.discount(self))}

    @property
    def total(self):
        return self.gross - sum(self.discounts.values())

    def __format__(self, spec):
        cents = self.total
        return f"${cents // 100}.{cents % 100:02d}" if spec == "$" else str(cents)


pen = Product("P1", "pen", 150)
book = Product("B7", "book", 1299)
mug = Product("M2", "mug", 899)
cart = Cart(BulkRule("P1", 10, 20), ThresholdRule(3000, 500))
cart.add(pen, 12).add(book)
cart += mug
cart += mug
print(len(cart), pen in cart, Product("X", "x", 1) in cart, [f"{l.product.name}x{l.qty}" for l in cart])
print(cart.gross, cart.discounts, cart.total, f"{cart:$}", format(cart, ""))
try:
    cart.add(book, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    Rule()
except TypeError as e:
    print("TypeError:", e)
empty = Cart()
print(len(empty), empty.total, f"{empty:$}", bool(empty), list(empty))
