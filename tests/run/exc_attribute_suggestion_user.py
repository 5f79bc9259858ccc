class Account:
    interest = 0.02

    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n


a = Account()
for bad in ["balanse", "deposti", "intrest", "__init", "zzzzzz"]:
    try:
        getattr(a, bad)
    except AttributeError as e:
        print(e.name, e.obj is a)
try:
    Account.depost
except AttributeError as e:
    print(e.name, e.obj is Account)
try:
    undefined_thing
except NameError as e:
    print("NameError name:", e.name)
print(AttributeError("x").name, AttributeError("x").obj)
a.balanse
