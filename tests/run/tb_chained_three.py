class ParseError(Exception):
    pass


class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key


def parse_int(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"not a number: {text!r}") from e


def load(config):
    try:
        return {k: parse_int(v) for k, v in config.items()}
    except ParseError:
        raise ConfigError("port", "invalid")


def main():
    print(load({"a": "1"}))
    try:
        load({"port": "eighty"})
    finally:
        print("cleanup in main")


main()
