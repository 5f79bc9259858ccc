# Sorting records: generate people with pseudo-random fields, then sort them by several
# keys (lambdas, tuples, attrgetter, reverse, stability) and summarise groups.
import sys
from dataclasses import dataclass
from operator import attrgetter

FIRST = ["Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Ken", "Dennis", "Guido",
         "Margaret", "John", "Frances", "Niklaus", "Tony", "Leslie", "Radia"]
LAST = ["Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov", "Knuth", "Thompson",
        "Ritchie", "Rossum", "Hamilton", "Backus", "Allen", "Wirth", "Hoare", "Lamport"]
CITIES = ["Oslo", "Lima", "Kyoto", "Perth", "Quito", "Accra", "Turin", "Hanoi"]


@dataclass
class Person:
    first: str
    last: str
    age: int
    city: str
    score: float


def people(n):
    state = 2463534242
    result = []
    for _ in range(n):
        state ^= (state << 13) & 0xFFFFFFFF
        state ^= state >> 17
        state ^= (state << 5) & 0xFFFFFFFF
        result.append(Person(FIRST[state % 16], LAST[(state >> 4) % 15], 18 + (state >> 8) % 60,
                             CITIES[(state >> 14) % 8], ((state >> 3) % 10000) / 100))
    return result


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    everyone = people(n)
    by_age = sorted(everyone, key=lambda p: p.age)
    by_name = sorted(everyone, key=lambda p: (p.last, p.first))
    by_city_score = sorted(everyone, key=attrgetter("city", "score"), reverse=True)
    by_score = sorted(everyone, key=lambda p: -p.score)
    stable = sorted(by_name, key=lambda p: p.city)
    print([(p.first, p.last, p.age) for p in by_age[:3]])
    print([(p.first, p.last) for p in by_name[-3:]])
    print([(p.city, p.score) for p in by_city_score[:3]])
    print([p.score for p in by_score[:5]])
    print([(p.city, p.last, p.first) for p in stable[:3]])
    ages = [p.age for p in everyone]
    ages.sort()
    print(ages[n // 2], ages[:3], ages[-3:])
    names = [p.last + ", " + p.first for p in everyone]
    names.sort()
    print(names[:2], len(set(names)))
    totals = {}
    for p in everyone:
        totals[p.city] = totals.get(p.city, 0.0) + p.score
    for city in sorted(totals, key=totals.get):
        print(f"{city:>6} {totals[city]:12.2f}")


main()
