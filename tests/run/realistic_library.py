"""A lending library: an item hierarchy, members with limits, loans with due dates (in days)."""
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
import functools


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, item, holder):
        super().__init__(f"{item.title!r} is on loan to {holder}")
        self.item = item


class LimitReached(LibraryError):
    pass


@functools.total_ordering
class Item(ABC):
    _next_id = 1

    def __init__(self, title, year):
        self.title = title
        self.year = year
        self.id = Item._next_id
        Item._next_id += 1

    @property
    @abstractmethod
    def loan_days(self):
        ...

    def __eq__(self, other):
        return isinstance(other, Item) and (self.title, self.year) == (other.title, other.year)

    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)

    def __hash__(self):
        return hash((self.title, self.year))

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.title!r}, {self.year})"


class Book(Item):
    loan_days = 21

    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author


class DVD(Item):
    @property
    def loan_days(self):
        return 7 if self.year > 2015 else 14


@dataclass
class Member:
    name: str
    limit: int = 2
    loans: list = field(default_factory=list)

    def __str__(self):
        return f"{self.name} ({len(self.loans)}/{self.limit})"


@dataclass(order=True)
class Loan:
    due: int
    item: Item = field(compare=False)
    member: Member = field(compare=False, repr=False)


class Library:
    def __init__(self):
        self.items = {}
        self.loans = {}
        self.today = 0
        self.log = []

    def add(self, *items):
        for it in items:
            self.items[it.id] = it
        return self

    def lend(self, item, member):
        if item.id in self.loans:
            raise NotAvailable(item, self.loans[item.id].member.name)
        if len(member.loans) >= member.limit:
            raise LimitReached(f"{member.name} already has {member.limit} items")
        loan = Loan(self.today + item.loan_days, item, member)
        self.loans[item.id] = loan
        member.loans.append(loan)
        self.log.append(f"day {self.today}: {member.name} borrows {item.title}")
        return loan

    def give_back(self, item):
        loan = self.loans.pop(item.id)
        loan.member.loans.remove(loan)
        late = max(0, self.today - loan.due)
        self.log.append(f"day {self.today}: {item.title} returned{f', {late} days late' if late else ''}")
        return late * 0.25

    def overdue(self):
        return sorted(l for l in self.loans.values() if l.due < self.today)


lib = Library()
b1, b2 = Book("Dune", 1965, "Herbert"), Book("Emma", 1815, "Austen")
d1, d2 = DVD("Arrival", 2016), DVD("Heat", 1995)
lib.add(b1, b2, d1, d2)
ann, bob = Member("ann"), Member("bob", limit=1)
for item, who in [(b1, ann), (d1, ann), (b2, ann), (b1, bob), (d2, bob), (b2, bob)]:
    try:
        loan = lib.lend(item, who)
        print("lent", loan)
    except NotAvailable as e:
        print("not available:", e, "| item:", e.item)
    except LibraryError as e:
        print(type(e).__name__ + ":", e)
lib.today = 20
print("overdue:", lib.overdue())
print("fine:", lib.give_back(d1), "| ann:", ann, "| bob:", bob)
lib.today = 30
print("fine:", lib.give_back(b1), lib.give_back(d2))
print(sorted(lib.items.values()), b1 == Book("Dune", 1965, "x"), b1 > b2, max(d1, d2))
print(len({b1, Book("Dune", 1965, "y")}), [str(m) for m in (ann, bob)])
print(*lib.log, sep="\n")
try:
    Item("x", 1)
except TypeError as e:
    print("TypeError:", e)
