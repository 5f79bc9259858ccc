# Chaos game: iterate random affine maps (a Sierpinski-like fractal) with a seeded
# linear congruential generator, plot the points into a character grid and print it.
import sys


class Rng:
    def __init__(self, seed: int):
        self.state = seed

    def next_float(self) -> float:
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 11) / 9007199254740992.0


class Transform:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


def choose(transforms, r):
    for t in transforms:
        if r < t.weight:
            return t
        r -= t.weight
    return transforms[-1]


def play(steps, width, height):
    # Barnsley's fern.
    transforms = [
        Transform(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Transform(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Transform(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Transform(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    rng = Rng(42)
    grid = [[0] * width for _ in range(height)]
    x, y = 0.0, 0.0
    for _ in range(steps):
        x, y = choose(transforms, rng.next_float()).apply(x, y)
        col = int((x + 2.75) / 5.5 * (width - 1))
        row = int((10.0 - y) / 10.0 * (height - 1))
        if 0 <= col < width and 0 <= row < height:
            grid[row][col] += 1
    return grid, x, y


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    grid, x, y = play(steps, 64, 32)
    shades = " .:-=+*#%@"
    for row in grid:
        print("".join(shades[min(9, (n + 9) // 10)] for n in row))
    print(f"last point: ({x:.6f}, {y:.6f}), cells hit: {sum(1 for row in grid for n in row if n)}")


main()
