d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
k = d.keys()
print(sorted(k | e.keys()), sorted(k & e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k | {"z"}), sorted({"z", "a"} & k), sorted(k - {"a"}), sorted({"a", "q"} - k), sorted(k ^ ["a", "x"]))
print(k == {"a", "b", "c"}, k == {"a"}, k <= {"a", "b", "c", "d"}, k < {"a", "b"}, {"a", "b", "c"} == k)
print(sorted(d.items() & {("a", 1), ("b", 3)}), sorted(d.items() | {("z", 0)}))
nums = {1: "x", 2: "y", 3: "z"}
print(nums.keys() & {2, 3, 4}, nums.keys() | {5}, nums.keys() - {1}, nums.keys() ^ {3, 4})
print(set(nums), set(nums.keys()), set(nums.values()) == {"x", "y", "z"}, type(nums.keys() & {1}))
try:
    print(d.values() | {1})
except TypeError as ex:
    print("TypeError", ex)
