# Generic aliases of builtin types (`list[float]`, `dict[str, int]`) as values: type aliases,
# their repr, equality, __origin__/__args__, and calling them; annotations using them.
Vector = list[float]
Pair = tuple[int, str]
Grid = list[list[int]]
class Point:
    pass
print(Vector, Pair, dict[str, int], Grid, tuple[int, ...], list[Point], dict[str, None])
print(list[int] == list[int], list[int] == list[str], Vector.__origin__, Pair.__args__, hash(list[int]) == hash(list[int]))
print(Vector([1.5, 2.5]), dict[str, int](a=1), set[int]("ab") == {"a", "b"})
def total(xs: Vector, scale: float = 1.0) -> float:
    return sum(xs) * scale
def index(words: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        out.setdefault(w, []).append(i)
    return out
print(total([1.0, 2.0], 2.0), index(["a", "b", "a"]))
