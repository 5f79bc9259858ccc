from dataclasses import dataclass
from enum import Enum, auto


class Suit(Enum):
    HEARTS = auto()
    SPADES = auto()

    @property
    def symbol(self):
        return {Suit.HEARTS: "H", Suit.SPADES: "S"}[self]


class Rank(Enum):
    ACE = 14
    KING = 13
    TWO = 2


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: Suit

    def __str__(self):
        return f"{self.rank}{self.suit.symbol}"


def describe(card):
    match card:
        case Card(rank=Rank.ACE.value, suit=Suit.SPADES):
            return "ace of spades!"
        case Card(rank=14):
            return "an ace"
        case Card(rank=r, suit=Suit.HEARTS) if r > 10:
            return f"high heart {r}"
        case Card(r, Suit.SPADES):
            return f"spade {r}"
        case _:
            return "something else"


cards = [Card(14, Suit.SPADES), Card(14, Suit.HEARTS), Card(12, Suit.HEARTS), Card(5, Suit.SPADES), Card(3, Suit.HEARTS)]
for c in cards:
    print(str(c), describe(c))
hand = sorted(cards[:2], key=lambda c: (c.rank, c.suit.value))
print([str(c) for c in hand], Card(2, Suit.HEARTS) == Card(2, Suit.HEARTS), len(set(cards)))
print(Rank(13), Rank.ACE.value > Rank.KING.value, [r.name for r in sorted(Rank, key=lambda r: r.value)])
match Suit.SPADES:
    case Suit.HEARTS | Suit.SPADES as s:
        print("a suit:", s.name, s.symbol)
