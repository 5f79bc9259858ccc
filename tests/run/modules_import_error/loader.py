def parse(line):
    key, value = line.split("=")
    return key.strip(), int(value)


def load(name):
    lines = ["a = 1", "b = two"]
    return dict(parse(l) for l in lines)
