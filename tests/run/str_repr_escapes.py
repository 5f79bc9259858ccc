samples = ["plain", "it's", 'say "hi"', "both ' \"", "tab\t", "new\nline", "cr\r", "nul\x00", "bell\x07",
           "del\x7f", "latin é ñ", "emoji 🐍", "\u200b zero width", "back\\slash", "", "'", '"']
for s in samples:
    print(repr(s), len(s))
print(["a", "b'c"], ("x",), {"k": "v"})
print(ascii("héllo"), ascii("🐍"), ascii("plain"))
print(str("x"), "%r" % "q")
