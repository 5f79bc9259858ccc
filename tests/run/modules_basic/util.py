"""Helpers shared by the program."""
print("importing util as", __name__)
counter = 0


def square(x):
    return x * x


def bump():
    global counter
    counter += 1


def get_counter():
    return counter


def read_extra():
    return extra


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Oops(Exception):
    pass


def fail(message):
    raise Oops(message)


if __name__ == "__main__":
    print("not printed: util is imported")
