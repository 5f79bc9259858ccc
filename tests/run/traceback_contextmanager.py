from contextlib import contextmanager


@contextmanager
def guard(name):
    try:
        yield name
    finally:
        print("released", name)


def step(n):
    with guard(f"step{n}") as g:
        if n == 2:
            raise KeyError(g)
        return n


def main():
    results = []
    for n in range(3):
        try:
            results.append(step(n))
        except KeyError as e:
            raise RuntimeError("step failed") from e
    return results


main()
