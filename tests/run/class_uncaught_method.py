# An uncaught error inside methods: the traceback names each method's frame.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        return self.check(amount)

    def check(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {amount} > {self.balance}")
        self.balance -= amount
        return self.balance

acct = Account(10)
print(acct.withdraw(3))
print(acct.withdraw(
    100))
