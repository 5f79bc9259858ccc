# str/repr of ints of every size and sign, and int() reading them back.
vals = [0, -0, 1, -1, 9, 10, 99, 100, 2**31 - 1, 2**31, -2**31, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
        2**64, 10**18, 10**19, 10**20 - 1, 3**100, -(7**77), 2**1000]
for v in vals:
    s = str(v)
    print(s, repr(v) == s, int(s) == v, len(s), s.lstrip("-")[:1], int(s[::-1].rstrip("-")) if s != "0" else 0)
print(sum([int(str(2**k)) for k in range(200)]) == 2**200 - 1)
print(str(-2**100)[1:] == str(2**100), f"{2**70}", "%d" % 3**40, "{}".format(-(5**30)))
