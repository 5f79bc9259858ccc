class Account:
    rate = 0

    def __init__(self, balance):
        self.balance = balance

    @property
    def yearly(self):
        return self.balance / self.rate

    @classmethod
    def make(cls, text):
        return cls(int(text))

    @staticmethod
    def check(x):
        if x < 0:
            raise ValueError(f"negative: {x}")
        return x

    def __add__(self, other):
        return Account(self.balance + other.balance)


def attempt(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, e, names)


attempt(lambda: Account(5).yearly)
attempt(lambda: Account.make("x1"))
attempt(lambda: Account.check(-2))
attempt(lambda: Account(1) + 5)
print(Account.make("7").balance, Account.check(3))
acct = Account.make("12")
acct + Account(None)
