print("start")


class Meta(type):
    pass


class Options(**{"metaclass": Meta}):
    pass
