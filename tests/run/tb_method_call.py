text = "hello world"
position = text.index("xyz")
