# Packages: __init__.py, submodules, `import a.b.c`, `import a.b as c`, relative imports,
# `from package import submodule`, and a package's attributes after its submodules load.
import shop
print("shop has cart before import:", hasattr(shop, "cart"))
import shop.cart
print("shop has cart after import:", hasattr(shop, "cart"))
import shop.payments.card as card
from shop import pricing
from shop.payments import card as card2, LIMIT

c = shop.cart.Cart()
c.add("apple", 3)
c.add("pear", 2)
print(c.total(), pricing.price("apple"))
print(card.charge(c.total()), card is card2, LIMIT)
print(shop.__name__, shop.cart.__name__, card.__name__)
print(shop.__package__, shop.cart.__package__, card.__package__)
print(shop.payments.card is card, shop.payments.__name__)
print(shop.VERSION, shop.describe())
print(type(c).__module__, type(c).__qualname__)
print(shop.__path__)
try:
    card.charge(10**6)
except shop.payments.PaymentError as e:
    print(type(e).__module__, type(e).__name__, e)
