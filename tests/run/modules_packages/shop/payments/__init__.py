LIMIT = 1000


class PaymentError(Exception):
    pass
