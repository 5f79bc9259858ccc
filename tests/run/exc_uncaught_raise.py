def validate(x):
    if x < 0:
        raise ValueError(f"negative value: {x}")
    return x


validate(1)
validate(-5)
