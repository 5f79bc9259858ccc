# The string module: constants, capwords with and without sep, Template basics.
import string
print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords("hello   world\tfoo"), string.capwords("a-b c-d", "-"), string.capwords(""), string.capwords(" x "))
print(string.capwords("ÉCOLE élève"), string.capwords("they're bill's"))
print(len(string.printable), all([c in string.printable for c in string.ascii_letters]))
counts = {k: 0 for k in ["letters", "digits", "punct", "space"]}
for ch in "Hello, World! 123 ...":
    if ch in string.ascii_letters:
        counts["letters"] += 1
    elif ch in string.digits:
        counts["digits"] += 1
    elif ch in string.punctuation:
        counts["punct"] += 1
    elif ch in string.whitespace:
        counts["space"] += 1
print(counts)
