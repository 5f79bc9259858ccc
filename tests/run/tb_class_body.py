def helper(n):
    return {"a": 1}[n]


class Config:
    name = "cfg"
    size = helper("a")
    print("building", name, size)
    missing = helper("b")
