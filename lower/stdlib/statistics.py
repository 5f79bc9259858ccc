"""Statistics of numeric data (krait's implementation of the standard `statistics` for int
and float data): averages computed exactly and rounded once, as CPython does."""

import math
from collections import Counter

__all__ = [
    "StatisticsError", "fmean", "geometric_mean", "mean", "harmonic_mean", "pstdev", "pvariance", "stdev",
    "variance", "median", "median_low", "median_high", "median_grouped", "mode", "multimode", "quantiles",
    "correlation", "covariance", "linear_regression",
]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """`(numerator, denominator)` of an int or float, exactly."""
    if isinstance(x, bool) or isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            raise _NonFinite(x)
        return x.as_integer_ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


class _NonFinite(Exception):
    def __init__(self, value):
        self.value = value


def _sum(data):
    """`(type, numerator, denominator, count)` of the exact sum of `data`."""
    T = int
    num, den = 0, 1
    count = 0
    nonfinite = None
    for x in data:
        count += 1
        if isinstance(x, float):
            T = float
        elif not isinstance(x, int):
            raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)
        try:
            n, d = _ratio(x)
        except _NonFinite as e:
            nonfinite = e.value if nonfinite is None else nonfinite + e.value
            continue
        if d == den:
            num += n
        else:
            num = num * d + n * den
            den = den * d
            g = math.gcd(num, den)
            if g > 1:
                num //= g
                den //= g
    return T, num, den, count, nonfinite


def _convert(num, den, T):
    """The fraction `num/den` as type `T` (an int becomes a float when it is not whole)."""
    g = math.gcd(num, den)
    if g > 1:
        num //= g
        den //= g
    if T is int and den == 1:
        return num
    return num / den


def mean(data):
    """The arithmetic mean, exactly rounded."""
    T, num, den, n, nonfinite = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    if nonfinite is not None:
        return nonfinite
    return _convert(num, den * n, T)


def fmean(data, weights=None):
    """The mean as a float, quickly."""
    if weights is None:
        data = list(data)
        n = len(data)
        if n == 0:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    total = math.fsum(weights)
    if not total:
        raise StatisticsError("sum of weights must be non-zero")
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    """The geometric mean (as a float)."""
    data = list(data)
    if not data:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers")
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """The harmonic mean."""
    data = list(data)
    if not data:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if len(data) == 1 and weights is None:
        x = data[0]
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
        return x
    if weights is None:
        weights = [1] * len(data)
        wsum = len(data)
    else:
        weights = list(weights)
        if len(weights) != len(data):
            raise StatisticsError("Number of weights does not match data size")
        wsum = sum(weights)
    for x in data:
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
    if any(x == 0 for x in data):
        return 0
    # The sum of w / x, each a float as in CPython, added exactly.
    T, num, den, n, nonfinite = _sum([w / x if w else 0 for w, x in zip(weights, data)])
    if num <= 0:
        raise StatisticsError("Weighted sum must be positive")
    wn, wd = _ratio(wsum)
    return (wn * den) / (wd * num)


def _sorted(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data, len(data)


def median(data):
    """The middle value (the mean of the two middle values for an even count)."""
    data, n = _sorted(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data, n = _sorted(data)
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data, n = _sorted(data)
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of grouped continuous data, by interpolation."""
    data, n = _sorted(data)
    x = data[n // 2]
    i = n // 2
    lo = i
    while lo > 0 and data[lo - 1] == x:
        lo -= 1
    hi = i
    while hi < n and data[hi] == x:
        hi += 1
    try:
        L = float(x) - float(interval) / 2
    except (ValueError, TypeError):
        raise TypeError(f"Value cannot be converted to a float")
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first seen of those tied)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def _ss(data, c=None):
    """`(type, numerator, denominator, count)` of the sum of squared deviations from the mean."""
    data = list(data)
    T, num, den, n, nonfinite = _sum(data)
    if nonfinite is not None:
        raise _NonFinite(nonfinite)
    if n == 0:
        return T, 0, 1, 0
    if c is None:
        cn, cd = num, den * n
    else:
        cn, cd = _ratio(c)
    # sum((x - c)^2) = sum(((xn*cd - cn*xd) / (xd*cd))^2)
    snum, sden = 0, 1
    for x in data:
        xn, xd = _ratio(x)
        dn = xn * cd - cn * xd
        dd = xd * cd
        a, b = dn * dn, dd * dd
        if b == sden:
            snum += a
        else:
            snum, sden = snum * b + a * sden, sden * b
            g = math.gcd(snum, sden)
            if g > 1:
                snum //= g
                sden //= g
    return T, snum, sden, n


def _sqrt_of_frac(n, m):
    """The square root of `n/m`, correctly rounded to a float."""
    if n <= 0:
        if not n:
            return 0.0
        n, m = -n, -m
    width = 2 * 53 + 2
    q = (n.bit_length() - m.bit_length() - width) // 2
    if q >= 0:
        a = math.isqrt(n // (m << 2 * q))
        num = (a | (a * a * (m << 2 * q) != n)) << q
        den = 1
    else:
        a = math.isqrt((n << -2 * q) // m)
        num = a | (a * a * m != (n << -2 * q))
        den = 1 << -q
    return num / den


def variance(data, xbar=None):
    """The sample variance."""
    try:
        T, num, den, n = _ss(data, xbar)
    except _NonFinite as e:
        return e.value
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(num, den * (n - 1), T)


def pvariance(data, mu=None):
    """The population variance."""
    try:
        T, num, den, n = _ss(data, mu)
    except _NonFinite as e:
        return e.value
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(num, den * n, T)


def stdev(data, xbar=None):
    """The sample standard deviation."""
    try:
        T, num, den, n = _ss(data, xbar)
    except _NonFinite as e:
        return e.value
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of_frac(num, den * (n - 1))


def pstdev(data, mu=None):
    """The population standard deviation."""
    try:
        T, num, den, n = _ss(data, mu)
    except _NonFinite as e:
        return e.value
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of_frac(num, den * n)


def quantiles(data, *, n=4, method="exclusive"):
    """`n - 1` cut points dividing the data into `n` intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")


def covariance(x, y, /):
    """The sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /, *, method="linear"):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


class LinearRegression(tuple):
    def __new__(cls, slope, intercept):
        return super().__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return "LinearRegression(slope=%r, intercept=%r)" % (self[0], self[1])


def linear_regression(x, y, /, *, proportional=False):
    """`(slope, intercept)` of the least-squares line through the points."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if not proportional:
        xbar = fmean(x)
        ybar = fmean(y)
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
    sxx = math.fsum(xi * xi for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
