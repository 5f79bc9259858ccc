class Base:
    shared = "base shared"
    overridden = "base version"

    def method(self):
        return "Base.method"


class Derived(Base):
    overridden = "derived version"


d = Derived()
print(d.shared, d.overridden, d.method(), Derived.shared)
d.shared = "instance shadow"
print(d.shared, Derived.shared, Base.shared)
del d.shared
print(d.shared)
Base.shared = "changed on base"
print(d.shared, Derived().shared)
Derived.method = lambda self: "patched"
print(d.method(), Base().method())
d.method = lambda: "instance function (not bound)"
print(d.method(), Derived().method())
print("shared" in vars(Base), "shared" in vars(Derived), sorted(k for k in vars(d)))
print(Derived.__dict__["overridden"], Base.__dict__["overridden"])


class Tracked:
    instances = 0

    def __init__(self):
        type(self).instances += 1


class Sub(Tracked):
    pass


Tracked(); Sub(); Sub()
print(Tracked.instances, Sub.instances)
