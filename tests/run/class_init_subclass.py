# __init_subclass__: a base class hears of every subclass (a plugin registry), with super().
registry = {}
class Plugin:
    def __init_subclass__(cls):
        registry[cls.__name__.lower()] = cls
        cls.kind = "plugin"
class Json(Plugin):
    def load(self):
        return "json"
class Yaml(Plugin):
    pass
class Strict(Json):
    pass
print(sorted(registry), Json.kind, Strict.kind, registry["strict"]().load())
class Base:
    subclasses = []
    @classmethod
    def __init_subclass__(cls):
        super().__init_subclass__()
        Base.subclasses.append(cls.__name__)
class A(Base):
    pass
class B(A):
    pass
print(Base.subclasses)
