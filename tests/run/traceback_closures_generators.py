def make_handler(scale):
    def handle(values):
        return list(map(lambda v: scale / v, values))
    return handle


def produce():
    yield 1
    yield make_handler(10)([2, 0])


class Runner:
    def run(self):
        return [x for x in produce()]


Runner().run()
