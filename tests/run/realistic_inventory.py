"""An inventory system: products, warehouses, orders and a report."""
from dataclasses import dataclass, field
from enum import Enum
from collections import Counter
import functools


class Category(Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku
        self.shortfall = wanted - have


@dataclass(frozen=True, order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    category: Category = field(compare=False, default=Category.TOOLS)


@dataclass
class Warehouse:
    name: str
    stock: Counter = field(default_factory=Counter)

    def receive(self, product, qty):
        self.stock[product.sku] += qty

    def ship(self, product, qty):
        have = self.stock[product.sku]
        if qty > have:
            raise OutOfStock(product.sku, qty, have)
        self.stock[product.sku] -= qty
        return qty * product.price


@dataclass
class Order:
    lines: list = field(default_factory=list)

    def add(self, product, qty):
        self.lines.append((product, qty))
        return self

    @functools.cached_property
    def total_items(self):
        return sum(q for _, q in self.lines)


catalog = {
    p.sku: p
    for p in [
        Product("T-100", "hammer", 12.5),
        Product("T-200", "saw", 30.0),
        Product("F-001", "apple", 0.4, Category.FOOD),
        Product("Y-010", "kite", 8.25, Category.TOYS),
    ]
}
north, south = Warehouse("north"), Warehouse("south")
for sku, qty in [("T-100", 10), ("F-001", 200), ("Y-010", 3)]:
    north.receive(catalog[sku], qty)
south.receive(catalog["T-200"], 4)
south.receive(catalog["Y-010"], 5)

orders = [
    Order().add(catalog["T-100"], 3).add(catalog["F-001"], 50),
    Order().add(catalog["Y-010"], 6),
    Order().add(catalog["T-200"], 2).add(catalog["T-100"], 20),
]
revenue = 0.0
failures = []
for i, order in enumerate(orders, 1):
    for product, qty in order.lines:
        for wh in (north, south):
            try:
                revenue += wh.ship(product, qty)
                print(f"order {i}: {qty} x {product.name} from {wh.name}")
                break
            except OutOfStock as e:
                last = e
        else:
            failures.append((i, last.sku, last.shortfall))
            print(f"order {i}: could not ship {product.name} ({last})")
    print(f"order {i} items: {order.total_items}")

print(f"revenue: {revenue:,.2f}")
print("failures:", failures)
for wh in (north, south):
    left = {sku: n for sku, n in sorted(wh.stock.items()) if n}
    print(wh.name, left)
by_cat = Counter()
for p in catalog.values():
    by_cat[p.category.value] += north.stock[p.sku] + south.stock[p.sku]
print(by_cat.most_common())
print(sorted(catalog.values())[0], max(catalog.values(), key=lambda p: p.price).name)
