# A tiny entity-component-system game loop: dataclass components, a world keyed by
# component type, systems as generators and callables, and deterministic simulation.
from dataclasses import dataclass, field
from collections import namedtuple
import itertools

Vec = namedtuple("Vec", "x y")


def add(a, b):
    return Vec(a.x + b.x, a.y + b.y)


@dataclass
class Position:
    at: Vec


@dataclass
class Velocity:
    v: Vec


@dataclass
class Health:
    hp: int
    max_hp: int = 10

    @property
    def alive(self):
        return self.hp > 0


@dataclass
class Name:
    text: str


@dataclass(order=True)
class Event:
    tick: int
    entity: int
    what: str = field(compare=False)


class World:
    def __init__(self):
        self.ids = itertools.count(1)
        self.components = {}
        self.events = []
        self.tick = 0

    def spawn(self, *components):
        eid = next(self.ids)
        for c in components:
            self.components.setdefault(type(c), {})[eid] = c
        return eid

    def get(self, eid, kind):
        return self.components.get(kind, {}).get(eid)

    def query(self, *kinds):
        first, *rest = kinds
        for eid, comp in sorted(self.components.get(first, {}).items()):
            others = [self.components.get(k, {}).get(eid) for k in rest]
            if all(o is not None for o in others):
                yield eid, (comp, *others)

    def despawn(self, eid):
        for table in self.components.values():
            table.pop(eid, None)

    def log(self, eid, what):
        self.events.append(Event(self.tick, eid, what))


def movement(world):
    for eid, (pos, vel) in world.query(Position, Velocity):
        pos.at = add(pos.at, vel.v)
        if not (-5 <= pos.at.x <= 5 and -5 <= pos.at.y <= 5):
            vel.v = Vec(-vel.v.x, -vel.v.y)
            world.log(eid, f"bounced at {tuple(pos.at)}")


class Collisions:
    def __init__(self, damage):
        self.damage = damage

    def __call__(self, world):
        cells = {}
        for eid, (pos, hp) in world.query(Position, Health):
            cells.setdefault(pos.at, []).append((eid, hp))
        for at, group in sorted(cells.items()):
            if len(group) < 2:
                continue
            for eid, hp in group:
                hp.hp -= self.damage * (len(group) - 1)
                world.log(eid, f"hit at {tuple(at)} -> {hp.hp}")


def reaper(world):
    dead = [eid for eid, (hp,) in world.query(Health) if not hp.alive]
    for eid in dead:
        name = world.get(eid, Name)
        world.log(eid, f"{name.text if name else eid} died")
        world.despawn(eid)


world = World()
world.spawn(Name("rock"), Position(Vec(0, 0)), Health(100, 100))
world.spawn(Name("ant"), Position(Vec(-3, 0)), Velocity(Vec(1, 0)), Health(3))
world.spawn(Name("bee"), Position(Vec(3, 0)), Velocity(Vec(-1, 0)), Health(4))
world.spawn(Name("cat"), Position(Vec(0, 4)), Velocity(Vec(0, 2)), Health(6))
world.spawn(Position(Vec(5, 5)), Velocity(Vec(1, 1)))
systems = [movement, Collisions(damage=2), reaper]

for world.tick in range(1, 9):
    for system in systems:
        system(world)
    alive = [(world.get(e, Name).text, tuple(p.at), h.hp) for e, (p, h) in world.query(Position, Health)]
    print(world.tick, alive)

for ev in sorted(world.events, reverse=True)[:6]:
    print(ev)
print(len(world.events), sum(1 for e in world.events if "died" in e.what), Event(1, 2, "a") == Event(1, 2, "b"))
print({k.__name__: sorted(v) for k, v in world.components.items()})
