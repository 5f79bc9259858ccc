words = ["a", "b"]
try:
    words.apend("c")
except AttributeError as e:
    print(e)
text = "hello"
print(text.uper())
