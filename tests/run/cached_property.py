from functools import cached_property

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2

c = Circle(2)
print(c.area, c.area, c.__dict__)
c.area = 5
print(c.area)
del c.area
print(c.area)
print(type(Circle.__dict__["area"]).__name__)
