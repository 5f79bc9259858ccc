print("Hello from a native executable!")
