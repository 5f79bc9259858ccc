# Random set operations driven by a fixed LCG: iteration order must match CPython's table.
import sys

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 600
SPAN = [8, 16, 64, 1000, 1 << 20, 1 << 24]

def key():
    span = SPAN[rnd(len(SPAN))]
    return rnd(span) * (1 + rnd(3) * 32)

sets = [set(), {1, 2, 3}, frozenset(range(10)), {key() for _ in range(20)}]
for r in range(ROUNDS):
    i = rnd(len(sets))
    s = sets[i]
    op = rnd(22)
    other = sets[rnd(len(sets))]
    lst = [key() for _ in range(rnd(12))]
    if op == 0 and not isinstance(s, frozenset):
        for k in lst:
            s.add(k)
    elif op == 1 and not isinstance(s, frozenset):
        for k in lst + list(s)[: rnd(6)]:
            s.discard(k)
    elif op == 2:
        sets.append(s | other)
    elif op == 3:
        sets.append(s & other)
    elif op == 4:
        sets.append(s - other)
    elif op == 5:
        sets.append(s ^ other)
    elif op == 6:
        sets.append(set(lst))
    elif op == 7:
        sets.append(s.copy())
    elif op == 8 and not isinstance(s, frozenset):
        s |= other
    elif op == 9 and not isinstance(s, frozenset):
        s &= other
    elif op == 10 and not isinstance(s, frozenset):
        s -= other
    elif op == 11 and not isinstance(s, frozenset):
        s ^= other
    elif op == 12 and not isinstance(s, frozenset) and s:
        print("pop", s.pop(), s.pop() if s else None)
    elif op == 13:
        sets.append(s.union(lst, other))
    elif op == 14:
        sets.append(s.intersection(lst + list(other)))
    elif op == 15:
        sets.append(s.difference(lst, other))
    elif op == 16:
        sets.append(s.symmetric_difference(lst))
    elif op == 17 and not isinstance(s, frozenset):
        s.difference_update(lst, other)
    elif op == 18:
        sets.append(frozenset(s))
    elif op == 19:
        d = dict.fromkeys(lst) if False else {k: None for k in lst}
        sets.append(set(d))
    elif op == 20 and not isinstance(s, frozenset):
        s.clear()
    elif op == 21:
        sets.append({k for k in lst if k % 2})
    if len(sets) > 12:
        del sets[rnd(len(sets))]
    print(r, op, sets[rnd(len(sets))], len(s), s == other, s <= other, s.isdisjoint(other))
