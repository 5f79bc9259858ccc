counter = 0


def bump():
    global counter
    counter += 1
    return counter


def outer():
    count = 0
    label = "outer"

    def inner():
        nonlocal count
        count += 1

        def innermost():
            nonlocal count, label
            count *= 10
            label = f"changed {count}"
        innermost()
        return count

    results = [inner(), inner()]
    return results, count, label


print(bump(), bump(), counter, outer())


def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        return balance, list(history)

    return deposit, withdraw, report


dep, wd, rep = make_account(100)
dep(50)
wd(30)
try:
    wd(500)
except ValueError as e:
    print("ValueError:", e)
print(rep())


def shadowing():
    x = "local"

    def reader():
        return x

    def writer():
        x = "writer's own"
        return x

    return reader(), writer(), x


print(shadowing())


def declare_global_later():
    global NEW_NAME
    NEW_NAME = "created inside"


declare_global_later()
print(NEW_NAME)


def unbound_local():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound_local()


def cell_in_loop():
    fs = []
    for i in range(3):
        j = i * 10
        fs.append(lambda: (i, j))
    return [f() for f in fs]


print(cell_in_loop())


def generator_closure():
    total = 0

    def gen():
        nonlocal total
        for k in range(4):
            total += k
            yield total
    return list(gen()), total


print(generator_closure())
