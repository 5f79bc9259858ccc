class Settings:
    debug = False
    level = 3

    def __init__(self):
        self.name = "app"
        self.colour = "blue"


s = Settings()
for attr in ["name", "level", "debug", "missing"]:
    print(attr, getattr(s, attr, "<default>"), hasattr(s, attr))
setattr(s, "level", 9)
setattr(s, "dynamic_" + "flag", True)
print(s.level, Settings.level, s.dynamic_flag, sorted(vars(s)))
delattr(s, "colour")
print(hasattr(s, "colour"), getattr(s, "colour", None))
for bad in [lambda: s.colr, lambda: s.nme, lambda: Settings.levle, lambda: getattr(s, "zzz"), lambda: delattr(s, "nothing")]:
    try:
        bad()
    except AttributeError as e:
        print("AttributeError:", e, "| name:", e.name, "| obj is s:", e.obj is s)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "text".upper = None
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("abc", "upper")(), getattr([], "append").__name__, getattr(Settings, "level"))
fields = {"a": 1, "b": 2}
obj = type("Bag", (), {})()
for k, v in fields.items():
    setattr(obj, k, v * 10)
print({k: getattr(obj, k) for k in fields}, obj.__dict__)
print([name for name in ("name", "level", "x") if hasattr(s, name)])
