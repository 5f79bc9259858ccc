# statistics: exact means and variances rounded once, medians, modes, quantiles, and the
# float-based geometric/harmonic means, covariance, correlation, linear regression.
import statistics as st
data = [2.5, 3.25, 5.5, 1.75, 3.5, 2.0, 4.75]
ints = [1, 2, 2, 3, 4, 7, 9]
print(st.mean(data), st.mean(ints), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.fmean(ints), st.fmean([1, 2], weights=[3, 1]))
print(st.median(data), st.median(ints), st.median([1, 3]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev([1, 2, 3, 4]), st.variance([1, 1, 1]))
print(st.quantiles(range(1, 11)), st.quantiles(data, n=10), st.quantiles(ints, n=4, method="inclusive"))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.covariance([1, 2, 3, 4], [1, 3, 2, 5]), st.correlation([1, 2, 3, 4], [2, 4, 6, 8.5]), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12]))
print(st.mean([1e308, 1e308]) if False else st.mean([1e300, 3e300]), st.variance([0.1, 0.2, 0.30000000000000004]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.quantiles([], n=4), lambda: st.quantiles([1, 2], n=0)]:
    try:
        bad()
    except st.StatisticsError as e:
        print(type(e).__name__, e)
