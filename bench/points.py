# Objects of a small class, as scripts write them: construction, attribute reads and
# writes, methods and special methods (OOP dispatch through the runtime).
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def simulate(n):
    pos = Vec(0.0, 0.0)
    vel = Vec(1.0, 0.5)
    acc = Vec(0.0, -0.01)
    energy = 0.0
    for i in range(n):
        vel = vel + acc.scale(0.5)
        pos = pos + vel
        if pos.y < 0.0:
            pos.y = -pos.y
            vel.y = -vel.y
        energy += vel.dot(vel)
    return pos, energy


pos, energy = simulate(400_000)
print(round(pos.x, 3), round(pos.y, 3), round(energy, 3))
