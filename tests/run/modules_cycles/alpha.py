print("alpha starts")
done = False
import beta
print("alpha: beta.seen =", beta.seen)
done = True
print("alpha ends")
