"""A traffic-light controller and a vending machine as state machines."""
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


class Controller:
    durations = {Light.RED: 4, Light.GREEN: 3, Light.YELLOW: 1}

    def __init__(self):
        self.state = Light.RED
        self.elapsed = 0
        self.log = []

    def tick(self):
        self.elapsed += 1
        if self.elapsed >= self.durations[self.state]:
            self.log.append((self.state.name, self.elapsed))
            self.state = self.state.next()
            self.elapsed = 0

    def run(self, ticks):
        for _ in range(ticks):
            self.tick()
        return self


c = Controller().run(20)
print(c.state, c.elapsed, c.log)


class InvalidTransition(Exception):
    pass


class Vending:
    transitions = {
        ("idle", "coin"): "paid",
        ("paid", "coin"): "paid",
        ("paid", "select"): "vending",
        ("paid", "refund"): "idle",
        ("vending", "done"): "idle",
    }

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.history = []

    def handle(self, event, amount=0):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition(f"{event!r} not allowed in state {self.state!r}")
        match event:
            case "coin":
                self.credit += amount
            case "refund":
                print(f"refunding {self.credit}")
                self.credit = 0
            case "select" if self.credit < 50:
                raise InvalidTransition(f"need 50, have {self.credit}")
            case "select":
                self.credit -= 50
            case _:
                pass
        self.history.append(f"{self.state}->{self.transitions[key]}")
        self.state = self.transitions[key]


v = Vending()
script = [("coin", 20), ("select", 0), ("coin", 40), ("select", 0), ("done", 0), ("refund", 0),
          ("coin", 5), ("refund", 0)]
for event, amount in script:
    try:
        v.handle(event, amount)
        print(f"{event:>6}: state={v.state} credit={v.credit}")
    except InvalidTransition as e:
        print(f"{event:>6}: rejected ({e})")
print(" | ".join(v.history))
