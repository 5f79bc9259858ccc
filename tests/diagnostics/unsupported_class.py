print("start")


class Point:
    pass
