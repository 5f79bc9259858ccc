import itertools
from contextlib import contextmanager


class Timer:
    depth = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("  " * Timer.depth + f"start {self.label}")
        Timer.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Timer.depth -= 1
        status = "failed" if exc_type else "ok"
        print("  " * Timer.depth + f"end {self.label} ({status})")
        return exc_type is KeyError


with Timer("outer"):
    with Timer("inner") as t:
        print("working in", t.label)
    with Timer("lookup"):
        {}["missing"]
    print("continues after the swallowed KeyError")

try:
    with Timer("fails"):
        raise ValueError("not swallowed")
except ValueError as e:
    print("caught", e)


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback: {e}")
        raise
    finally:
        log.append("end")


log = []
with transaction(log) as l:
    l.append("write 1")
try:
    with transaction(log):
        log.append("write 2")
        raise RuntimeError("disk full")
except RuntimeError:
    pass
print(log)


def read_all():
    for i, chunk in enumerate(itertools.cycle(["ab", "cd"])):
        with Timer(f"chunk{i}"):
            if i == 2:
                return chunk
print(read_all())

with Timer("a") as a, Timer("b") as b:
    print(a.label + b.label)
