for n in [0, 1, -1, 5, 255, -256, 2**62, 2**63 - 1, -2**64, 10**30, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.is_integer(), n.real, n.imag, n.numerator, n.denominator)
for x in [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 2.0**-1022, 123456789.0, float("inf"), float("-inf"), float("nan"), 1/3]:
    print(x, x.is_integer(), x.hex(), x.real, x.imag, x.conjugate())
    try:
        print(x.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (5).bit_length(1)
except TypeError as e:
    print(e)
try:
    (1.5).hex(2)
except TypeError as e:
    print(e)
print((7).bit_length(), 3 .real, (2.5).real, (-3).numerator)
