class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def __len__(self):
        return self.w * self.h

    def __contains__(self, p):
        x, y = p
        return 0 <= x < self.w and 0 <= y < self.h


r = Range2D(3, 2)
print(list(r), len(r), (2, 1) in r, (3, 0) in r, sum(x for x, _ in r))
print(sorted(r, key=lambda p: (-p[1], p[0]))[:3], dict.fromkeys(r, 0) == {p: 0 for p in r})
print(set(r) == set((x, y) for y in range(2) for x in range(3)), tuple(r)[-1], min(r), max(r))
print(any(x == y for x, y in r), all(y < 2 for _, y in r), list(zip(r, "abcdef"))[:2])
print(list(enumerate(r))[4], list(map(sum, r)), list(filter(lambda p: p[0] == p[1], r)))


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


cd = Countdown(4)
print(list(cd), list(reversed(cd)), [*cd, *reversed(cd)], "".join(map(str, cd)))
it1, it2 = iter(cd), iter(cd)
print(next(it1), next(it1), next(it2), list(it1))
