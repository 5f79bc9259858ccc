import typing
from typing import override


class Base:
    def greet(self) -> str:
        return "base"

    def __str__(self) -> str:
        return "Base()"


class Child(Base):
    @override
    def greet(self) -> str:
        return "child"

    @typing.override
    def __str__(self) -> str:
        return "Child()"


class Grand(Child):
    @override
    def greet(self) -> str:
        return "grand+" + super().greet()


print(Child().greet(), str(Child()), Grand().greet())
print(Child.greet.__override__, getattr(Base.greet, "__override__", False))
