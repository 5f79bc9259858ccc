print("beta starts")
import alpha
# alpha is still running: it has `done` but not yet `beta`'s later work.
seen = alpha.done
print("beta: alpha.done =", alpha.done, "hasattr(alpha, 'beta') =", hasattr(alpha, "beta"))
print("beta ends")
