"""A tiny text adventure: rooms, items, a parser with match, and a scripted playthrough."""
from dataclasses import dataclass, field
from enum import Enum


class Dir(Enum):
    N = "north"
    S = "south"
    E = "east"
    W = "west"

    @property
    def opposite(self):
        return {Dir.N: Dir.S, Dir.S: Dir.N, Dir.E: Dir.W, Dir.W: Dir.E}[self]


@dataclass
class Item:
    name: str
    weight: int = 1
    usable_on: str | None = None


@dataclass
class Room:
    name: str
    description: str
    items: list = field(default_factory=list)
    exits: dict = field(default_factory=dict)
    locked: set = field(default_factory=set)

    def connect(self, d, other):
        self.exits[d] = other
        other.exits[d.opposite] = self


class GameOver(Exception):
    pass


class Game:
    def __init__(self, start):
        self.here = start
        self.inventory = []
        self.moves = 0

    def carried(self):
        return sum(i.weight for i in self.inventory)

    def do(self, line):
        self.moves += 1
        words = line.lower().split()
        match words:
            case ["go" | "walk", direction] | [("north" | "south" | "east" | "west") as direction]:
                return self.go(direction)
            case ["take", name]:
                return self.take(name)
            case ["drop", name]:
                item = self.find(self.inventory, name)
                self.inventory.remove(item)
                self.here.items.append(item)
                return f"dropped {name}"
            case ["use", name, "on", target]:
                item = self.find(self.inventory, name)
                if item.usable_on != target:
                    return f"the {name} does nothing to the {target}"
                self.here.locked.discard(target)
                return f"the {target} opens"
            case ["look"]:
                things = ", ".join(i.name for i in self.here.items) or "nothing"
                ways = ", ".join(d.value for d in self.here.exits)
                return f"{self.here.name}: {self.here.description} You see {things}. Exits: {ways}."
            case ["inventory" | "i"]:
                return f"carrying {[i.name for i in self.inventory]} ({self.carried()} kg)"
            case ["quit"]:
                raise GameOver(f"quit after {self.moves} moves")
            case []:
                return "say something"
            case _:
                return f"I don't understand {line!r}"

    def go(self, direction):
        d = Dir(direction)
        if d not in self.here.exits:
            return "you can't go that way"
        nxt = self.here.exits[d]
        if nxt.name in self.here.locked:
            return f"the {nxt.name} is locked"
        self.here = nxt
        if nxt.name == "vault":
            raise GameOver(f"you found the treasure in {self.moves} moves")
        return f"you walk {d.value} to the {nxt.name}"

    def find(self, where, name):
        for i in where:
            if i.name == name:
                return i
        raise LookupError(f"no {name} here")

    def take(self, name):
        item = self.find(self.here.items, name)
        if self.carried() + item.weight > 5:
            return f"the {name} is too heavy"
        self.here.items.remove(item)
        self.inventory.append(item)
        return f"taken {name}"


hall = Room("hall", "A dusty hall.", [Item("key", 1, "vault"), Item("anvil", 9)])
cellar = Room("cellar", "Dark and damp.", [Item("lamp", 2)])
vault = Room("vault", "Gold everywhere.")
hall.connect(Dir.S, cellar)
hall.connect(Dir.E, vault)
hall.locked.add("vault")
game = Game(hall)
script = ["look", "take anvil", "take key", "go east", "dance", "", "south", "take lamp", "i", "look",
          "north", "take sword", "use lamp on vault", "use key on vault", "drop lamp", "east", "look"]
try:
    for cmd in script:
        try:
            print(f"> {cmd}\n  {game.do(cmd)}")
        except LookupError as e:
            print(f"> {cmd}\n  {e}")
except GameOver as end:
    print("GAME OVER:", end)
