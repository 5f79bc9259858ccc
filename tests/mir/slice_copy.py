# A slice of a private list stored into another: the items go straight across (`SetSlice`
# with a source slice); a `Dyn` source bound is tested for a small int first, the slice
# taken as CPython takes it where it is not.
def flip(n: int, ks: list) -> int:
    perm = list(range(n))
    k = perm[n - 1]
    perm[: k + 1] = perm[k::-1]
    perm[:n] = perm[ks[0] : -1]
    return perm[0]


print(flip(5, [1]))
