# Comparisons between ints and floats are exact, even for huge values
big = 2**53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big - 1))
print(10**20 == 1e20, 10**20 + 1 == 1e20, 10**20 + 1 > 1e20, 10**400 > 1e308, -(10**400) < -1e308)
print(10**400 < float("inf"), -(10**400) > float("-inf"), 10**400 == float("inf"))
nan = float("nan")
print(1 == nan, 1 < nan, 1 > nan, 10**400 != nan, nan != nan)
print(2**63 == 9.223372036854776e18, 2**63 - 1 == 9.223372036854776e18, 2**63 - 1 < 9.223372036854776e18)
print(1 == 1.0, -0 == -0.0, 0 == -0.0, 3 < 3.5, -3 > -3.5, 7 >= 7.0)
print(max(3, 2.5), min(10**30, 1e30), max(1e30, 10**30), sorted([3, 1.5, 2**64, -1e100, 0]))
print(0.1 + 0.2 == 0.3, 1e16 + 1 == 1e16, 2**60 + 1 == float(2**60))
print({1: "int", 1.0: "float"}, {2**70: 1}[float(2**70)], 5 in [5.0], 5.5 in range(10))
print(hash(1) == hash(1.0), hash(2**70) == hash(float(2**70)), hash(-1) == hash(-1.0))
