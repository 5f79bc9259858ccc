# close() runs finally blocks and except GeneratorExit handlers in order.
log = []
def worker(name):
    log.append(f"{name} start")
    try:
        try:
            while True:
                item = yield
                log.append(f"{name} got {item}")
        except GeneratorExit:
            log.append(f"{name} GeneratorExit")
            raise
        finally:
            log.append(f"{name} inner finally")
    finally:
        log.append(f"{name} outer finally")

w = worker("w")
next(w)
w.send(1)
w.send(2)
w.close()
w.close()
print("\n".join(log))

def returns_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"

g = returns_in_finally()
next(g)
print(g.close())
print(list(returns_in_finally()))

def never_started():
    try:
        yield 1
    finally:
        print("not printed: never started")
g = never_started()
g.close()
print(list(g))
