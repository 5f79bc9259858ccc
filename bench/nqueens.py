# N-queens: count every placement of n queens by backtracking over sets of attacked
# columns and diagonals, and list the first few solutions.
import sys


def solve(n: int) -> int:
    cols: set[int] = set()
    diag1: set[int] = set()
    diag2: set[int] = set()

    def place(row: int) -> int:
        if row == n:
            return 1
        found = 0
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            found += place(row + 1)
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)
        return found

    return place(0)


def solutions(n):
    """Yield each solution as a tuple of column positions, row by row."""
    def extend(queens):
        row = len(queens)
        if row == n:
            yield tuple(queens)
            return
        for col in range(n):
            if all(col != c and abs(col - c) != row - r for r, c in enumerate(queens)):
                queens.append(col)
                yield from extend(queens)
                queens.pop()

    yield from extend([])


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    for size in range(4, n + 1):
        print(size, solve(size))
    for i, s in enumerate(solutions(8)):
        if i == 3:
            break
        print(s)
    print(sum(1 for _ in solutions(7)))


main()
