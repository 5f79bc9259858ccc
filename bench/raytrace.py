# Ray tracer: spheres and a checkered floor lit by two lights, with shadows and
# reflections; vectors are a small class with operator methods. Prints a checksum of
# the image and a coarse ASCII rendering.
import math
import sys

EPSILON = 1e-5


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x: float, y: float, z: float):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k: float):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o) -> float:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self) -> float:
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Ray:
    def __init__(self, origin: Vec, direction: Vec):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t: float) -> Vec:
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.shine = shine

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.centre).normalized()

    def colour_at(self, p):
        return self.colour


class Floor:
    def __init__(self, height, shine):
        self.height = height
        self.shine = shine

    def intersect(self, ray):
        dy = ray.direction.y
        if abs(dy) < EPSILON:
            return None
        t = (self.height - ray.origin.y) / dy
        return t if t > EPSILON else None

    def normal_at(self, p):
        return Vec(0.0, 1.0, 0.0)

    def colour_at(self, p):
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.2)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.5), 0.7, Vec(0.2, 0.9, 0.2), 0.5),
            Sphere(Vec(1.8, 0.5, 4.0), 0.5, Vec(0.2, 0.3, 0.9), 0.6),
            Floor(0.0, 0.2),
        ]
        self.lights = [(Vec(-5.0, 8.0, -2.0), 0.8), (Vec(6.0, 5.0, 1.0), 0.4)]

    def nearest(self, ray):
        best_t = math.inf
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.1, 0.1, 0.15)
        point = ray.at(t)
        normal = obj.normal_at(point)
        base = obj.colour_at(point)
        brightness = 0.1
        for light_pos, strength in self.lights:
            if self.shadowed(point, light_pos):
                continue
            to_light = (light_pos - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                brightness += lambert * strength
        colour = base * brightness
        if depth < 3 and obj.shine > 0.0:
            reflected = Ray(point, ray.direction.reflect(normal))
            colour = colour * (1.0 - obj.shine) + self.trace(reflected, depth + 1) * obj.shine
        return colour


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 1.5, -2.0)
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / width * 2.0
            y = (height / 2 - j) / height * 2.0
            c = scene.trace(Ray(eye, Vec(x, y, 1.5)), 0)
            row.append(min(1.0, (c.x + c.y + c.z) / 3.0))
        rows.append(row)
    return rows


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    image = render(size, size)
    total = sum(sum(row) for row in image)
    print(f"checksum: {total:.6f}")
    shades = " .:-=+*#%@"
    step = size // 32
    for j in range(0, size, step * 2):
        print("".join(shades[min(9, int(image[j][i] * 10))] for i in range(0, size, step)))


main()
