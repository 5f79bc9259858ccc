import counter
counter.attempts += 1
print("broken runs, attempt", counter.attempts)
x = 1 / 0
