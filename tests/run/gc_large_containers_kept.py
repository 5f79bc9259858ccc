# Big lists, dicts and sets (their item arrays are large blocks of the collector) are the
# only references to many small objects while a lot of garbage is made and collected: every
# object must survive with its value.
from dataclasses import dataclass


@dataclass
class Rec:
    name: str
    n: int
    x: float


class Node:
    def __init__(self, v):
        self.v = v
        self.tag = "t" + str(v)


recs = [Rec("r" + str(i), i, i * 0.25) for i in range(30000)]
nodes = [Node(i) for i in range(20000)]
table = {("k", i): [i, str(i)] for i in range(10000)}
seen = {str(i * 7) for i in range(10000)}
for round_ in range(25):
    junk = [[j, str(j), j * 0.5, (j, j)] for j in range(4000)]
    more = {j: Node(j) for j in range(2000)}
    del junk, more
print(sum(r.n for r in recs), sum(r.x for r in recs), recs[12345].name, recs[-1])
print(sum(n.v for n in nodes), nodes[777].tag, all(n.tag == "t" + str(n.v) for n in nodes))
print(sum(v[0] for v in table.values()), table[("k", 4321)], len(seen), "6993" in seen, "70000" in seen)
ordered = sorted(recs, key=lambda r: (-r.x, r.name))
print([r.name for r in ordered[:3]], ordered[-1].n)
