import sys

lines = list(sys.stdin)
print(len(lines))
nums = []
for line in lines:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        nums.append(float(line))
    except ValueError:
        print("skip", repr(line))
print(nums, sum(nums) / len(nums) if nums else 0)
print(f"{min(nums):.3f} {max(nums):.3e}")
s = sorted(nums)
mid = len(s) // 2
median = s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2
print("median", median)

