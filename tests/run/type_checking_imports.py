from typing import TYPE_CHECKING
import typing

if TYPE_CHECKING:
    from collections.abc import Sequence
    import numpy as np
    from mypackage.models import User

if typing.TYPE_CHECKING:
    import pandas
else:
    pandas = None


def total(xs: "Sequence[int]") -> int:
    return sum(xs)


def describe(u: "User") -> str:
    return f"user {u}"


print(total([1, 2, 3]), describe("ann"), pandas, TYPE_CHECKING)
if not TYPE_CHECKING:
    print("runtime branch")
