from . import LIMIT, PaymentError
from ..pricing import PRICES
from .. import VERSION


def charge(amount):
    if amount > LIMIT:
        raise PaymentError(f"{amount} is over the limit {LIMIT}")
    return f"charged {amount} (shop {VERSION}, {len(PRICES)} prices)"
