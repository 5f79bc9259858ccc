import traceback


def dive(n):
    return dive(n + 1)


try:
    dive(0)
except RecursionError as e:
    # The last entries do not depend on how deep the reference's own frames start.
    print("".join(traceback.format_exception(e, limit=-3)), end="")
    print(e.__traceback__.tb_frame.f_code.co_name)
