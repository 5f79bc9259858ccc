# Mandelbrot set: escape-time iteration over a grid of the complex plane, counted per
# row and summed, plus a small ASCII picture of the set.
import sys


def escape(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def render(width: int, height: int, limit: int) -> int:
    inside = 0
    for y in range(height):
        ci = 2.0 * y / height - 1.0
        for x in range(width):
            cr = 3.0 * x / width - 2.0
            if escape(cr, ci, limit) == limit:
                inside += 1
    return inside


def picture(width: int, height: int) -> list[str]:
    rows = []
    for y in range(height):
        ci = 2.0 * y / height - 1.0
        row = ""
        for x in range(width):
            cr = 3.0 * x / width - 2.0
            row += "#" if escape(cr, ci, 50) == 50 else "."
        rows.append(row)
    return rows


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    print(render(size, size, 200))
    for row in picture(60, 24):
        print(row)


main()
