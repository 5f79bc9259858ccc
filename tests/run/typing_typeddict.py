from typing import TypedDict, NotRequired, Required


class Movie(TypedDict):
    name: str
    year: int


class Extra(Movie, total=False):
    rating: float
    seen: Required[bool]


class Partial(TypedDict):
    title: str
    note: NotRequired[str]


m = Movie(name="x", year=1)
print(m, type(m), Movie.__required_keys__ == frozenset({"name", "year"}), Movie.__total__, Extra.__total__)
print(sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__), Extra.__annotations__)
print(Extra(name="a", year=2, seen=True), Movie.__name__, Movie.__mro__, Movie.__bases__, Extra.__orig_bases__)
Alt = TypedDict("Alt", {"a": int, "b": str})
print(Alt(a=1), Alt.__annotations__, Alt.__name__, sorted(Alt.__required_keys__))
Loose = TypedDict("Loose", {"k": int}, total=False)
print(Loose.__total__, Loose.__optional_keys__, Loose(k=3) == {"k": 3})
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
print(Movie(), Movie({"name": "y"}), sorted(Partial.__optional_keys__), sorted(Partial.__required_keys__))


def describe(movie: Movie) -> str:
    return f"{movie['name']} ({movie['year']})"


print(describe({"name": "Alien", "year": 1979}), describe(Movie(name="Heat", year=1995)))
m["year"] += 1
print(m, len(m), list(m.items()))
