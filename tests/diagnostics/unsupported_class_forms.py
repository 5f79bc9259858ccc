print("start")


def make():
    class Local:
        pass
    return Local


class Meta(type, metaclass=type):
    pass
