def describe(name, kind="thing", size=1, color="red"):
    return f"{name}: {kind}, size {size}, {color}"


print(describe("a"))
print(describe("b", "box"))
print(describe("c", size=3))
print(describe(color="blue", name="d"))
print(describe("e", "ball", 2, "green"))
print(describe("f", color="black", kind="cat"))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(max(["bb", "a", "ccc"], key=len), min(["bb", "a", "ccc"], key=len), max([], default="empty"))
print("a b c".split(None, 1))
print(int("10", base=2), list(enumerate("xy", start=5)))
