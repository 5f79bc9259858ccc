# A bank-account simulation: class hierarchy, properties, class methods, custom exceptions,
# dataclass transactions, an IntEnum of kinds, and a ledger that is a list subclass.
from dataclasses import dataclass, field
from enum import IntEnum, auto
from functools import total_ordering


class Kind(IntEnum):
    DEPOSIT = auto()
    WITHDRAWAL = auto()
    TRANSFER = auto()
    INTEREST = auto()


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


@dataclass(frozen=True)
class Transaction:
    kind: Kind
    amount: float
    memo: str = ""
    tags: tuple = field(default=(), compare=False)


class Ledger(list):
    def total(self, kind=None):
        return sum(t.amount for t in self if kind is None or t.kind == kind)

    def by_kind(self):
        out = {}
        for t in self:
            out.setdefault(t.kind.name, []).append(t.amount)
        return out


@total_ordering
class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = 0.0
        self.number = Account._next_number
        Account._next_number += 1
        self.ledger = Ledger()
        if balance:
            self.deposit(balance, "opening")

    @classmethod
    def open_many(cls, *owners):
        return [cls(o) for o in owners]

    @property
    def balance(self):
        return round(self._balance, 2)

    def deposit(self, amount, memo=""):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.ledger.append(Transaction(Kind.DEPOSIT, amount, memo))

    def withdraw(self, amount, memo=""):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.ledger.append(Transaction(Kind.WITHDRAWAL, amount, memo))

    def month_end(self):
        if self.interest_rate:
            interest = self._balance * self.interest_rate / 12
            self._balance += interest
            self.ledger.append(Transaction(Kind.INTEREST, round(interest, 2), "interest"))

    def __eq__(self, other):
        return isinstance(other, Account) and self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    def __hash__(self):
        return hash(self.number)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, #{self.number}, {self.balance:.2f})"


class Savings(Account):
    interest_rate = 0.05

    def withdraw(self, amount, memo=""):
        if len([t for t in self.ledger if t.kind == Kind.WITHDRAWAL]) >= 2:
            raise PermissionError(f"{self.owner}: only two withdrawals a month")
        super().withdraw(amount, memo)


class Overdraft(Account):
    def __init__(self, owner, balance=0.0, limit=100.0):
        super().__init__(owner, balance)
        self.limit = limit

    def withdraw(self, amount, memo=""):
        if amount > self._balance + self.limit:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.ledger.append(Transaction(Kind.WITHDRAWAL, amount, memo))


def transfer(src, dst, amount):
    try:
        src.withdraw(amount, f"to {dst.owner}")
    except (InsufficientFunds, PermissionError) as e:
        print("  transfer failed:", e)
        return False
    dst.deposit(amount, f"from {src.owner}")
    return True


bank = [Account("ada", 120), Savings("bob", 1000), Overdraft("cy", 10, limit=50)]
bank += Account.open_many("dee", "eve")
for acct in bank:
    print(acct)

print(transfer(bank[0], bank[3], 70))
print(transfer(bank[0], bank[3], 70))
print(transfer(bank[2], bank[4], 55))
print(transfer(bank[2], bank[4], 10))
for i in range(3):
    print(transfer(bank[1], bank[0], 100 + i))
try:
    bank[3].deposit(-5)
except ValueError as e:
    print("ValueError:", e)

for acct in bank:
    acct.month_end()

print(sorted(bank))
print(max(bank), min(bank).owner, bank[0] == Account("zed", bank[0].balance))
for acct in bank:
    print(f"{acct.owner:>4} #{acct.number} {acct.balance:>9.2f} {len(acct.ledger)} tx", acct.ledger.by_kind())
print(sum(a.ledger.total(Kind.DEPOSIT) for a in bank), bank[1].ledger.total(Kind.INTEREST))
print(bank[1].ledger[-1], bank[1].ledger[-1] == Transaction(Kind.INTEREST, bank[1].ledger[-1].amount, "interest", ("x",)))
print({a: a.owner for a in bank}[bank[2]], Kind.TRANSFER, repr(Kind.DEPOSIT), [k.name for k in Kind])
