# Digits of pi from Gibbons' unbounded spigot, on big integers.
import sys


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    line = []
    for i, d in enumerate(pi_digits(count), 1):
        line.append(str(d))
        if i % 10 == 0:
            print("".join(line) + f"\t:{i}")
            line = []
    if line:
        print("".join(line).ljust(10) + f"\t:{count}")


main()
