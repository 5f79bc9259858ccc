# Sieve of Eratosthenes over a list of bools, counting primes below n several times.
import sys


def count_primes(n: int) -> int:
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= n:
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
        p += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
    total = 0
    for _ in range(5):
        total += count_primes(n)
    print(total)


main()
