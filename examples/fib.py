"""Prints the Fibonacci number of the index given on the command line (default 30)."""
import sys


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
print(f"fib({n}) = {fib(n)}")
