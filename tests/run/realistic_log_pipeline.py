"""Generator pipelines over a synthetic log: parse, filter, window and aggregate lazily."""
import itertools
from collections import namedtuple
from contextlib import contextmanager
from functools import reduce

Event = namedtuple("Event", "time level service latency")
LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
SERVICES = ["api", "db", "auth"]


def raw_lines(n):
    seed = 7
    for t in range(n):
        seed = (seed * 1103515245 + 12345) % 2**31
        level = LEVELS[seed % 4]
        service = SERVICES[(seed >> 3) % 3]
        latency = (seed >> 5) % 500
        yield f"{t:05d} {level} {service} {latency}ms"


def parse(lines):
    for line in lines:
        t, level, service, latency = line.split()
        yield Event(int(t), level, service, int(latency[:-2]))


def only(levels, events):
    return (e for e in events if e.level in levels)


def windows(events, size):
    it = iter(events)
    while batch := list(itertools.islice(it, size)):
        yield batch


@contextmanager
def section(title):
    print(f"== {title}")
    yield
    print(f"== end {title}")


with section("slow errors"):
    slow = (e for e in only({"ERROR", "WARN"}, parse(raw_lines(400))) if e.latency > 450)
    for e in itertools.islice(slow, 5):
        print(e)

with section("per service"):
    events = sorted(parse(raw_lines(300)), key=lambda e: e.service)
    for service, group in itertools.groupby(events, key=lambda e: e.service):
        group = list(group)
        worst = max(group, key=lambda e: e.latency)
        print(service, len(group), round(sum(e.latency for e in group) / len(group), 1), worst.time)

with section("windows"):
    for i, batch in enumerate(windows(parse(raw_lines(50)), 16)):
        errors = sum(1 for e in batch if e.level == "ERROR")
        print(i, len(batch), errors, reduce(max, (e.latency for e in batch)))

running = itertools.accumulate(e.latency for e in parse(raw_lines(10)))
print(list(running))
pairs = itertools.pairwise(e.time for e in only({"ERROR"}, parse(raw_lines(60))))
print([b - a for a, b in pairs])
counts = {}
for e in parse(raw_lines(1000)):
    counts[e.level] = counts.get(e.level, 0) + 1
print(sorted(counts.items()))
