class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

    def run(self, data):
        raise NotImplementedError


class Upper(Plugin, name="upper", priority=2):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, priority=5):
    def run(self, data):
        return data[::-1]


class Exclaim(Reverse, name="bang"):
    def run(self, data):
        return super().run(data) + "!"


print(sorted(Plugin.registry), Exclaim.priority, Exclaim.plugin_name, Reverse.plugin_name)
for name, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
    print(name, cls.priority, cls().run("abc"))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Plugin().run("x")
except NotImplementedError as e:
    print("NotImplementedError", e.args)


class Validated:
    required = ()

    def __init_subclass__(cls):
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} lacks {', '.join(missing)}")


class Good(Validated):
    required = ("save",)

    def save(self):
        return "saved"


try:
    class Broken(Validated):
        required = ("save", "load")
except TypeError as e:
    print("TypeError:", e)
print(Good().save())
