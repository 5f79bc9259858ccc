def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return 0.0
    finally:
        print("done")


safe_div(1, 0)
