print("start")


class Meta(type, metaclass=type):
    pass
