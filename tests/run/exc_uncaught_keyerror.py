config = {"host": "localhost"}


def get(key):
    return config[key]


get("host")
get("port")
