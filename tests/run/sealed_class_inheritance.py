# Sealed classes with bases: methods inherited and overridden, super().__init__ giving
# the base's attributes, and classes made at run time deriving from them.


class Shape:
    def __init__(self, name):
        self.name = name
        self.scale = 1.0

    def area(self):
        return 0.0

    def label(self):
        return f"{self.name}: {self.area() * self.scale:.2f}"

    def grow(self, k):
        self.scale *= k
        return self


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        self.side = side
        Rect.__init__(self, side, side)

    def label(self):
        return "square " + super().label()


class Circle(Shape):
    def __init__(self, r):
        self.r = r
        super().__init__("circle")

    def area(self):
        return 3.14159 * self.r * self.r


shapes = [Rect(2, 3), Square(2), Circle(1.0), Shape("blob")]
for s in shapes:
    print(s.label(), s.grow(2).label(), sorted(vars(s)))
print([s.area() for s in shapes])


def make_class():
    class Tri(Shape):
        def __init__(self, b, h):
            super().__init__("tri")
            self.b, self.h = b, h

        def area(self):
            return self.b * self.h / 2

    return Tri


Tri = make_class()
t = Tri(3, 4)
print(t.label(), t.grow(0.5).label(), isinstance(t, Shape))

# A base changed after its subclasses made instances: every subclass sees the change.
Shape.label = lambda self: f"<{self.name}>"
print([s.label() for s in shapes], t.label())
Rect.area = lambda self: -1
print([s.area() for s in shapes])
