from .alpha import name as alpha_name
name = "beta"


def shout():
    return (name + " after " + alpha_name).upper()
