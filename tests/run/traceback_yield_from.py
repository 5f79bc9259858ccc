class Numbers:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for item in self.items:
            yield int(item)


def doubled(source):
    yield from (2 * n for n in source)


total = 0
for value in doubled(Numbers(["1", "2", "x3"])):
    total += value
    print(total)
