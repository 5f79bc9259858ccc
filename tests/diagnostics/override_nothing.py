from typing import override


class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    @override
    def area(self) -> float:
        return 4.0

    @override
    def perimeter(self) -> float:
        return 8.0

    @override
    def __repr__(self) -> str:
        return "Square()"


print(Square().area())
